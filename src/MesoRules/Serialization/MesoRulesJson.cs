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

    /// <summary>
    /// Applies the contract to options a host owns (for example ASP.NET Core's
    /// <c>ConfigureHttpJsonOptions(o =&gt; MesoRulesJson.Configure(o.SerializerOptions))</c>): the resolver first in the
    /// chain, camelCase names, strict reading (unknown members rejected; on .NET 9 and later, nulls and missing
    /// required constructor parameters too) and the library's converters: time zones, clinic calendars, the
    /// library's enums by name only, and instants that must carry their UTC offset. The instant converter applies
    /// to every <see cref="DateTimeOffset"/> the host reads with these options, so an instant without an offset
    /// is refused there too rather than read in the server's local zone.
    /// </summary>
    /// <param name="options">The options to configure; they must not be in use yet.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializerOptions contract = Options;
        options.PropertyNamingPolicy = contract.PropertyNamingPolicy;
        options.PropertyNameCaseInsensitive = contract.PropertyNameCaseInsensitive;
        options.NumberHandling = contract.NumberHandling;
        options.UnmappedMemberHandling = contract.UnmappedMemberHandling;
        options.DefaultIgnoreCondition = contract.DefaultIgnoreCondition;
#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = contract.RespectNullableAnnotations;
        options.RespectRequiredConstructorParameters = contract.RespectRequiredConstructorParameters;
#endif
        foreach (System.Text.Json.Serialization.JsonConverter converter in contract.Converters)
        {
            if (!options.Converters.Any(c => c.GetType() == converter.GetType()))
            {
                options.Converters.Add(converter);
            }
        }

        if (!options.TypeInfoResolverChain.Contains(TypeInfoResolver))
        {
            options.TypeInfoResolverChain.Insert(0, TypeInfoResolver);
        }
    }

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
        catch (JsonException ex)
        {
            throw Sanitized(ex);
        }
    }

    /// <summary>
    /// Rebuilds a System.Text.Json error as one line naming the path, without the offending text: a syntax error
    /// quotes what it could not read, which may be a patient's data. The original is not kept as the inner
    /// exception, so a logger that prints inner exceptions cannot leak it either.
    /// </summary>
    private static JsonException Sanitized(JsonException ex)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        string position = $"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}";
        bool syntax = ex.InnerException is JsonException || ex.GetType() != typeof(JsonException) && ex is not MemberJsonException;
        string reason;
        if (ex is MemberJsonException member)
        {
            path = $"{path}.{member.Member}";
            reason = member.Reason.ReplaceLineEndings(" ").Trim();
        }
        else if (syntax)
        {
            reason = "the JSON is malformed";
        }
        else
        {
            string message = ex.Message;
            int suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
            reason = (suffix >= 0 ? message[..suffix] : message).ReplaceLineEndings(" ").Trim();
        }

        return new JsonException($"{path}: {reason} ({position}).", path, ex.LineNumber, ex.BytePositionInLine);
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        Options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? throw new NotSupportedException($"{typeof(T).Name} is not part of the MesoRules JSON contract.");
}
