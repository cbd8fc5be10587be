using System.Text.Json;
using MesoRules.Aftercare;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;
using Microsoft.Extensions.Configuration;

namespace MesoRules.Tests.Serialization;

/// <summary>
/// Every enum the library reads by name, in JSON, in configuration and in the clinic calendar's days, is read by one
/// reader under one rule: a defined name, ignoring case; never a number, a numeric string or joined names.
/// </summary>
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

    public static TheoryData<string, bool> Names => new()
    {
        { "Moderate", true },
        { "moderate", true },
        { "MODERATE", true },
        { "2", false },
        { "-1", false },
        { "Mild, Severe", false },
        { "Mild,Severe", false },
        { "", false },
        { "Moderat", false },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Json_reads_an_enum_by_its_name_ignoring_case_and_by_nothing_else(string text, bool read)
    {
        string json = $$"""{"severity":{{JsonSerializer.Serialize(text)}}}""";
        if (read)
        {
            Assert.Equal(Severity.Moderate, MesoRulesJson.Deserialize<PatientProfile>(json).Severity);
        }
        else
        {
            Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        }
    }

    [Theory]
    [InlineData("Tuesday", true)]
    [InlineData("tuesday", true)]
    [InlineData("TUESDAY", true)]
    [InlineData("2", false)]
    [InlineData("Monday,Tuesday", false)]
    [InlineData("Tues", false)]
    public void The_clinic_calendar_reads_its_days_by_the_same_rule(string day, bool read)
    {
        string json = $$$"""{"patient":{},"courseStart":"2026-03-02","timeZone":"UTC","calendar":{"openDays":[{{{JsonSerializer.Serialize(day)}}}]}}""";
        if (read)
        {
            Assert.Equal([DayOfWeek.Tuesday], MesoRulesJson.Deserialize<PlanRequest>(json).Calendar.OpenDays.ToArray());
        }
        else
        {
            Assert.Contains("$.calendar.openDays", Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PlanRequest>(json)).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Deferred", true)]
    [InlineData("deferred", true)]
    [InlineData(" Deferred ", true)]
    [InlineData("3", false)]
    [InlineData("Deferred,NotEligible", false)]
    [InlineData("Defered", false)]
    public void Configuration_reads_an_enum_by_the_same_rule_its_value_trimmed_as_numbers_are(string text, bool read)
    {
        var options = new MesoRulesOptions();
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MesoRules:Eligibility:Rules:eligibility.keloid:Outcome"] = text })
            .Build();

        MesoRulesConfigurationBinder.Bind(configuration.GetSection(MesoRulesOptions.SectionName), options);

        if (read)
        {
            Assert.Empty(options.BindingFailures);
            Assert.Equal(EligibilityOutcome.Deferred, options.Eligibility.Rules[EligibilityRuleIds.KeloidTendency].Outcome);
        }
        else
        {
            Assert.Equal(
                $"MesoRules:Eligibility:Rules:eligibility.keloid:Outcome: '{text}' is not a value of EligibilityOutcome; allowed: Eligible, EligibleWithCautions, NeedsInformation, Deferred, ReferToSpecialist, NotEligible.",
                Assert.Single(options.BindingFailures));
        }
    }
}
