using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using MesoRules.Core;

namespace MesoRules.Serialization;

/// <summary>
/// What went wrong reading a JSON document, in the library's own words: where (a JSON path spelt with the contract's
/// member names, and the position) and what is wrong there. It never holds any text of the document, member names
/// included: an unknown member is reported at the object that holds it. Made by
/// <see cref="MesoRulesJson.DescribeReadError(JsonException, JsonSerializerOptions, Type?)"/>; every
/// <see cref="JsonException"/> that <see cref="MesoRulesJson.Deserialize{T}(string)"/> throws has its
/// <see cref="ToString"/> as message.
/// </summary>
public sealed class JsonReadError
{
    internal JsonReadError(string path, string reason, long lineNumber, long bytePositionInLine)
    {
        Path = path;
        Reason = reason;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>
    /// The JSON path of the value at fault, with the contract's member names whatever their case in the document, for
    /// example <c>$.health.pregnancy</c> or <c>$.acknowledgments[1].disclosureHash</c>. For a member that is not
    /// part of the contract, the path of the object holding it (<c>$.patient</c>); for a member written twice, that member.
    /// </summary>
    public string Path { get; }

    /// <summary>What is wrong at <see cref="Path"/>, one sentence without its final full stop, for example <c>The value must be a whole number</c>.</summary>
    public string Reason { get; }

    /// <summary>The line of the document where reading stopped, counted from 1.</summary>
    public long LineNumber { get; }

    /// <summary>The position in that line where reading stopped, in UTF-8 bytes counted from 1.</summary>
    public long BytePositionInLine { get; }

    /// <summary>Returns the error on one line: <c>&lt;path&gt;: &lt;reason&gt; (line L, byte B).</c></summary>
    /// <returns>The error on one line.</returns>
    public override string ToString() => $"{Path}: {Reason} (line {LineNumber}, byte {BytePositionInLine}).";
}

/// <summary>
/// Rebuilds a System.Text.Json error from the contract's metadata, never copying its message: System.Text.Json and
/// converters quote what they could not read (a value, a member's name), which may be a patient's data or anything a
/// caller chose to send.
/// </summary>
internal static class JsonReadErrors
{
    public static JsonReadError Describe(JsonException exception, JsonSerializerOptions options, Type? documentType)
    {
        ContractLocation at = ContractLocation.Find(exception.Path, options, documentType);
        string path = at.Path;
        string message = exception.Message;
        string reason;
        if (exception.GetType() != typeof(JsonException) && exception is not ContractJsonException || exception.InnerException is JsonException)
        {
            // The reader's own error (bad syntax, a truncated document), possibly rethrown with the path.
            reason = ReadErrorReasons.Malformed;
        }
        else if (exception is ContractJsonException own)
        {
            path = own.Member is null ? at.Path : $"{at.Path}.{own.Member}";
            reason = own.Reason;
        }
        else if (at.LeftUnknownMember)
        {
            reason = ReadErrorReasons.UnknownMember(MemberNames(at.Info));
        }
        else if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            reason = ReadErrorReasons.WrittenTwice;
        }
        else if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            // Only the contract's names are repeated: those of the object's members that the message lists.
            string listed = message[message.IndexOf("including", StringComparison.Ordinal)..];
            string[] missing = [.. MemberNames(at.Info).Where(m => listed.Contains($"'{m}'", StringComparison.Ordinal))];
            reason = missing.Length > 0 ? ReadErrorReasons.Missing(missing) : "A required member is missing";
        }
        else if (message.Contains("null", StringComparison.Ordinal) && message.Contains("doesn't allow", StringComparison.Ordinal))
        {
            reason = ReadErrorReasons.NotNull;
        }
        else
        {
            reason = Expected(at.Type, at.Info);
        }

        return new JsonReadError(path, reason.ReplaceLineEndings(" ").Trim().TrimEnd('.'), (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1);
    }

    private static IEnumerable<string> MemberNames(JsonTypeInfo? info) =>
        info is { Kind: JsonTypeInfoKind.Object } ? info.Properties.Select(p => p.Name) : [];

    private static string Expected(Type? type, JsonTypeInfo? info)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "The value is not valid here",
            { IsEnum: true } => $"The value must be one of: {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(DateOnly) => "The value must be a date (yyyy-MM-dd)",
            _ when type == typeof(DateTimeOffset) => "The value must be an instant: ISO 8601 with its offset, for example 2026-05-04T10:30:00+02:00",
            _ when type == typeof(TimeOnly) => "The value must be a time of day (HH:mm:ss)",
            _ when type == typeof(TimeSpan) => "The value must be a duration (d.hh:mm:ss)",
            _ when type == typeof(int) || type == typeof(long) => "The value must be a whole number, written as a number",
            _ when type == typeof(double) || type == typeof(decimal) => "The value must be a number, written as a number",
            _ when type == typeof(bool) => "The value must be true or false, written without quotes",
            _ when type == typeof(string) => "The value must be a string",
            _ when type == typeof(TimeZoneInfo) => "The value must be a known IANA time zone id, for example \"Europe/London\"",
            _ when type == typeof(Localization.PatientLanguage) => "The value must be a BCP 47 language tag such as \"en\", \"es\", \"es-MX\", \"pt-BR\", \"fr\" or \"it\"",
            _ when info is { Kind: JsonTypeInfoKind.Enumerable } => "The value must be a JSON array",
            _ => $"The value must be a JSON object ({type.Name})",
        };
    }

    /// <summary>
    /// Where an error's JSON path leads in the contract. The path is followed from the root, one contract member or
    /// array index at a time, and spelt with the contract's names; it stops before anything the contract does not
    /// have, which can only be a member's name as the document wrote it.
    /// </summary>
    /// <param name="Path">The path followed, for example <c>$.patient.health</c>.</param>
    /// <param name="Type">The type the contract expects there, if known.</param>
    /// <param name="Info">Its metadata, if known.</param>
    /// <param name="LeftUnknownMember">The error's path went on into a member the object at <paramref name="Path"/> does not have.</param>
    private readonly record struct ContractLocation(string Path, Type? Type, JsonTypeInfo? Info, bool LeftUnknownMember)
    {
        public static ContractLocation Find(string? jsonPath, JsonSerializerOptions options, Type? root)
        {
            if (root is null || string.IsNullOrEmpty(jsonPath) || jsonPath[0] != '$')
            {
                return new ContractLocation("$", root, root is null ? null : InfoOf(root, options), false);
            }

            var path = new StringBuilder("$");
            Type type = root;
            ReadOnlySpan<char> rest = jsonPath.AsSpan(1);
            while (true)
            {
                JsonTypeInfo? info = InfoOf(type, options);
                if (rest.IsEmpty)
                {
                    return new ContractLocation(path.ToString(), type, info, false);
                }

                if (rest[0] == '.' && info is { Kind: JsonTypeInfoKind.Object } && MemberAt(info, rest[1..]) is { } member)
                {
                    path.Append('.').Append(member.Name);
                    rest = rest[(1 + member.Name.Length)..];
                    type = member.PropertyType;
                }
                else if (rest[0] == '[' && info is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } && IndexLength(rest) is > 0 and int length)
                {
                    path.Append(rest[..length]);
                    rest = rest[length..];
                    type = element;
                }
                else
                {
                    return new ContractLocation(path.ToString(), type, info, info is { Kind: JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary });
                }
            }
        }

        private static JsonTypeInfo? InfoOf(Type type, JsonSerializerOptions options) =>
            options.TryGetTypeInfo(Nullable.GetUnderlyingType(type) ?? type, out JsonTypeInfo? info) ? info : null;

        // The contract member whose name (in any case) the path continues with, up to the next segment.
        private static JsonPropertyInfo? MemberAt(JsonTypeInfo info, ReadOnlySpan<char> rest)
        {
            foreach (JsonPropertyInfo property in info.Properties)
            {
                string name = property.Name;
                if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (rest.Length == name.Length || rest[name.Length] is '.' or '['))
                {
                    return property;
                }
            }

            return null;
        }

        // The length of an array index such as "[12]" at the start of the path's rest, or 0.
        private static int IndexLength(ReadOnlySpan<char> rest)
        {
            int close = rest.IndexOf(']');
            return close > 1 && !rest[1..close].ContainsAnyExceptInRange('0', '9') ? close + 1 : 0;
        }
    }
}
