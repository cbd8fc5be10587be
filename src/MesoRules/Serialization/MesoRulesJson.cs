using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MesoRules.Serialization;

/// <summary>
/// The library's JSON contract, source-generated and AOT-safe: camelCase names, enum values as strings
/// (an unknown enum string fails with a <see cref="JsonException"/> naming its path), and strict reading: unknown
/// members, members written twice, and numbers or booleans written as strings are refused.
/// </summary>
public static class MesoRulesJson
{
    /// <summary>The resolver for the library's types; add it to an ASP.NET <c>TypeInfoResolverChain</c>.</summary>
    internal static IJsonTypeInfoResolver TypeInfoResolver => MesoRulesJsonContext.Default;

    /// <summary>Read-only serializer options using <see cref="TypeInfoResolver"/>.</summary>
    public static JsonSerializerOptions Options => MesoRulesJsonContext.Default.Options;

    /// <summary>
    /// Applies the contract to options a host owns (for example ASP.NET Core's
    /// <c>ConfigureHttpJsonOptions(o =&gt; MesoRulesJson.Configure(o.SerializerOptions))</c>): the resolver first in the
    /// chain, camelCase names, strict reading (unknown members, members written twice, numbers written as strings,
    /// comments and trailing commas refused; nulls for non-nullable members and missing required constructor
    /// parameters too) and the library's converters: time zones, clinic calendars, the
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
        options.AllowDuplicateProperties = contract.AllowDuplicateProperties;
        options.ReadCommentHandling = contract.ReadCommentHandling;
        options.AllowTrailingCommas = contract.AllowTrailingCommas;
        options.UnmappedMemberHandling = contract.UnmappedMemberHandling;
        options.DefaultIgnoreCondition = contract.DefaultIgnoreCondition;
        options.RespectNullableAnnotations = contract.RespectNullableAnnotations;
        options.RespectRequiredConstructorParameters = contract.RespectRequiredConstructorParameters;
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
    /// The JSON is malformed, has an unknown member or enum string, a member written twice, a number or a boolean
    /// written as a string, misses a required member, holds a value a type refuses (for example an acknowledgment hash
    /// of the wrong length), or is <c>null</c>. The message is one line, <c>&lt;path&gt;: &lt;reason&gt; (line L, byte B).</c>
    /// (see <see cref="JsonReadError"/>), and never quotes the document.
    /// </exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, TypeInfo<T>());
        }
        catch (ArgumentException ex)
        {
            // A constructor refused a value: report it as bad JSON naming the member, like every other contract error.
            throw new JsonException($"{ex.ParamName ?? typeof(T).Name}: {ex.Message.Split('\n')[0].Trim()}", ex);
        }
        catch (JsonException ex)
        {
            // Rebuilt without the original (not even as the inner exception), which may quote the document.
            throw ToException(JsonReadErrors.Describe(ex, Options, typeof(T)));
        }

        return value ?? throw ToException(new JsonReadError("$", $"The JSON document is null; expected a {typeof(T).Name}", 1, 1));

        static JsonException ToException(JsonReadError error) =>
            new(error.ToString(), error.Path, error.LineNumber - 1, error.BytePositionInLine - 1);
    }

    /// <summary>
    /// Describes a <see cref="JsonException"/> thrown while reading with options that <see cref="Configure"/> set up
    /// (or <see cref="Options"/>) in the library's own words, without any text of the document: the path spelt with
    /// the contract's member names, the position, and what the contract expects there. A member that is not part of
    /// the contract is reported at the object holding it, since its name is whatever the sender wrote. A host that
    /// reads bodies itself, such as ASP.NET Core, uses it to answer with the same errors as
    /// <see cref="Deserialize{T}(string)"/>.
    /// </summary>
    /// <param name="exception">The exception System.Text.Json threw.</param>
    /// <param name="options">The options the document was read with; their metadata gives the contract's names and types.</param>
    /// <param name="documentType">The type the whole document was read as, or <see langword="null"/> if unknown (then the error is reported at <c>$</c>).</param>
    /// <returns>The error, safe to log or to answer with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static JsonReadError DescribeReadError(JsonException exception, JsonSerializerOptions options, Type? documentType)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(options);
        return JsonReadErrors.Describe(exception, options, documentType);
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        Options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? throw new NotSupportedException($"{typeof(T).Name} is not part of the MesoRules JSON contract.");
}
