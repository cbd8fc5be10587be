using MesoRules.Aftercare;
using MesoRules.Serialization;

namespace MesoRules.Tests.Serialization;

/// <summary>Every enum the JSON contract can read is read by the library's strict converter: by name only, never by number or joined names.</summary>
public class EnumContractTests
{
    private static IEnumerable<Type> ReachableEnums()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>();
        foreach (System.Reflection.CustomAttributeData attribute in typeof(MesoRules.Serialization.MesoRulesJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute)))
        {
            queue.Enqueue((Type)attribute.ConstructorArguments[0].Value!);
        }

        while (queue.Count > 0)
        {
            Type type = queue.Dequeue();
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                yield return type;
                continue;
            }

            System.Text.Json.Serialization.Metadata.JsonTypeInfo info = MesoRulesJson.Options.GetTypeInfo(type);
            if (info.ElementType is { } element)
            {
                queue.Enqueue(element);
            }

            if (info.KeyType is { } key)
            {
                queue.Enqueue(key);
            }

            foreach (System.Text.Json.Serialization.Metadata.JsonPropertyInfo property in info.Properties)
            {
                queue.Enqueue(property.PropertyType);
            }
        }
    }

    [Fact]
    public void Every_enum_reachable_from_the_contract_has_the_strict_converter()
    {
        Type[] enums = [.. ReachableEnums()];
        Assert.Contains(typeof(MesoRules.Patients.Severity), enums);
        Assert.Contains(typeof(AftercareStatus), enums);
        Assert.All(enums, e =>
        {
            Type converter = MesoRulesJson.Options.GetTypeInfo(e).Converter.GetType();
            Assert.True(converter.IsGenericType && converter.GetGenericTypeDefinition() == typeof(MesoRules.Core.StrictEnumConverter<>), $"{e.Name} is read by {converter.Name}");
        });
    }
}
