using System.Text.Json;
using System.Text.Json.Serialization;

using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Disclosure;

/// <summary>
/// Reads and writes a <see cref="DisclosureAcknowledgment"/> member by member, so that a value its constructor
/// refuses (a hash of the wrong length, an unset instant) is reported as a <see cref="JsonException"/> at the
/// acknowledgment's own path, for example <c>$.acknowledgments[1]</c>, whose message starts with the member's
/// name (<c>disclosureHash: ...</c>), rather than as an argument exception that has lost where in the document
/// it came from. Member names are read ignoring case; a member written twice is refused at its own path, and a
/// member that is not part of the record at the acknowledgment's path, without repeating its name. Applied to the
/// type by attribute, so any <c>System.Text.Json</c> context uses it.
/// </summary>
public sealed class DisclosureAcknowledgmentJsonConverter : JsonConverter<DisclosureAcknowledgment>
{
    private static readonly StrictDateTimeOffsetConverter Instants = new();
    private static readonly StrictEnumConverter<AcknowledgingParty> Parties = new();

    // The contract's member names, in the order they are written.
    private static readonly string[] Members = ["disclosureHash", "historyHash", "policyVersion", "patientReference", "acknowledgedAt", "acknowledgedBy", "language"];

    /// <inheritdoc/>
    public override DisclosureAcknowledgment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }

        string? disclosureHash = null, historyHash = null, policyVersion = null, patientReference = null;
        DateTimeOffset? acknowledgedAt = null;
        AcknowledgingParty? acknowledgedBy = null;
        PatientLanguage? language = null;
        ulong seen = 0;
        while (ObjectMembers.Next(ref reader, Members, ref seen, out int member))
        {
            string name = Members[member];
            switch (member)
            {
                case 0: disclosureHash = Text(ref reader, name, nullable: false); break;
                case 1: historyHash = Text(ref reader, name, nullable: true); break;
                case 2: policyVersion = Text(ref reader, name, nullable: false); break;
                case 3: patientReference = Text(ref reader, name, nullable: false); break;
                case 4: acknowledgedAt = Instant(ref reader, name, options); break;
                case 5: acknowledgedBy = Party(ref reader, name, options); break;
                default: language = Language(ref reader, name); break;
            }
        }

        string[] missing =
        [
            .. disclosureHash is null ? ["disclosureHash"] : Array.Empty<string>(),
            .. policyVersion is null ? ["policyVersion"] : Array.Empty<string>(),
            .. patientReference is null ? ["patientReference"] : Array.Empty<string>(),
            .. acknowledgedAt is null ? ["acknowledgedAt"] : Array.Empty<string>(),
            .. acknowledgedBy is null ? ["acknowledgedBy"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            throw new ContractJsonException(null, ReadErrorReasons.Missing(missing));
        }

        try
        {
            return new DisclosureAcknowledgment(disclosureHash!, policyVersion!, patientReference!, acknowledgedAt!.Value, acknowledgedBy!.Value, historyHash, language);
        }
        catch (ArgumentException ex)
        {
            string member = ex.ParamName ?? "acknowledgment";
            string message = ex.Message;
            int suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new ContractJsonException(member, suffix >= 0 ? message[..suffix] : message);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DisclosureAcknowledgment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("disclosureHash", value.DisclosureHash);
        writer.WriteString("historyHash", value.HistoryHash);
        writer.WriteString("policyVersion", value.PolicyVersion);
        writer.WriteString("patientReference", value.PatientReference);
        writer.WritePropertyName("acknowledgedAt");
        Instants.Write(writer, value.AcknowledgedAt, options);
        writer.WritePropertyName("acknowledgedBy");
        Parties.Write(writer, value.AcknowledgedBy, options);
        writer.WriteString("language", value.Language.Tag);
        writer.WriteEndObject();
    }

    private static DateTimeOffset Instant(ref Utf8JsonReader reader, string name, JsonSerializerOptions options)
    {
        try
        {
            return Instants.Read(ref reader, typeof(DateTimeOffset), options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new ContractJsonException(name, ex is ContractJsonException own
                ? own.Reason
                : "The value must be an instant: ISO 8601 with its offset, for example 2026-05-04T10:30:00+02:00.");
        }
    }

    private static AcknowledgingParty Party(ref Utf8JsonReader reader, string name, JsonSerializerOptions options)
    {
        try
        {
            return Parties.Read(ref reader, typeof(AcknowledgingParty), options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new ContractJsonException(name, $"The value must be one of: {EnumNames<AcknowledgingParty>.Allowed}.");
        }
    }

    /// <summary>The language an acknowledgment names: the exact tag of a shipped language (absent: English).</summary>
    private static PatientLanguage Language(ref Utf8JsonReader reader, string name) =>
        Text(ref reader, name, nullable: false) is { } tag && PatientLanguage.FindExact(tag) is { } language
            ? language
            : throw new ContractJsonException(name, $"The value must be the tag of a shipped language: {string.Join(", ", PatientLanguage.Shipped.Select(l => l.Tag))}");

    private static string? Text(ref Utf8JsonReader reader, string name, bool nullable) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null when nullable => null,
        _ => throw new ContractJsonException(name, nullable ? "The value must be a string or null." : "The value must be a string."),
    };
}
