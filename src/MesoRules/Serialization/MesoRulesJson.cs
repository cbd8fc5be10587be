using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MesoRules.Serialization;

/// <summary>
/// The library's JSON contract, source-generated and AOT-safe: camelCase names, enum values as strings
/// (an unknown enum string fails with a <see cref="JsonException"/> naming its path), unknown members rejected.
/// </summary>
public static class MesoRulesJson
{
    /// <summary>The resolver for the library's types; add it to an ASP.NET <c>TypeInfoResolverChain</c>.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => MesoRulesJsonContext.Default;

    /// <summary>Read-only serializer options using <see cref="TypeInfoResolver"/>.</summary>
    public static JsonSerializerOptions Options => MesoRulesJsonContext.Default.Options;

    /// <summary>Serializes a library type to JSON.</summary>
    /// <typeparam name="T">A public input or output type of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Deserializes a library type from JSON.</summary>
    /// <typeparam name="T">A public input or output type of the library.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">
    /// The JSON is malformed, has an unknown member or enum string, misses a required member, holds a value a
    /// type refuses (for example an acknowledgment hash of the wrong length), or is <c>null</c>; the message names the member.
    /// </exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>()) ?? throw new JsonException($"The JSON document is null; expected a {typeof(T).Name}.");
        }
        catch (ArgumentException ex)
        {
            // A constructor refused a value: report it as bad JSON naming the member, like every other contract error.
            throw new JsonException($"{ex.ParamName ?? typeof(T).Name}: {ex.Message.Split('\n')[0].Trim()}", ex);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        Options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? throw new NotSupportedException($"{typeof(T).Name} is not part of the MesoRules JSON contract.");
}
