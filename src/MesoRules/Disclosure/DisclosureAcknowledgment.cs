using System.Globalization;
using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Disclosure;

/// <summary>
/// A record that a patient (or guardian) acknowledged one risk disclosure: the disclosure's content hash,
/// history hash and policy version, a reference to the patient that the caller supplies, the instant, and who
/// acknowledged, and the disclosure's language. Store these values; rebuild the record with the constructor, which checks them, to verify later.
/// </summary>
/// <remarks><see cref="object.ToString"/> prints the type name only, so an acknowledgment can appear in logs.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DisclosureAcknowledgmentJsonConverter))]
public sealed class DisclosureAcknowledgment
{
    /// <summary>The longest patient reference accepted, in characters.</summary>
    internal const int MaxPatientReferenceLength = 200;

    /// <summary>Creates an acknowledgment, checking every value.</summary>
    /// <param name="disclosureHash">The acknowledged disclosure's <see cref="RiskDisclosure.ContentHash"/>: 64 hex digits (upper-case digits are accepted and stored lower-case).</param>
    /// <param name="policyVersion">The acknowledged disclosure's <see cref="RiskDisclosure.PolicyVersion"/>: 16 hex digits (stored lower-case).</param>
    /// <param name="patientReference">The caller's reference to the patient (for example a record number); 1 to 200 characters, not blank.</param>
    /// <param name="acknowledgedAt">When the acknowledgment was given: 1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z inclusive (an unset, <c>MinValue</c> or <c>MaxValue</c> instant is refused).</param>
    /// <param name="acknowledgedBy">Who acknowledged.</param>
    /// <param name="historyHash">
    /// The acknowledged disclosure's <see cref="RiskDisclosure.HistoryHash"/>: 64 hex digits (stored lower-case);
    /// or <see langword="null"/> for an acknowledgment stored without it, whose verification then cannot detect a changed history.
    /// </param>
    /// <param name="language">The acknowledged disclosure's <see cref="RiskDisclosure.Language"/>; <see langword="null"/> for <see cref="PatientLanguage.English"/> (an acknowledgment stored without it was of an English disclosure).</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A hash or version has the wrong length or a character that is not a hex digit, or the patient reference is blank or too long. The message never holds the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acknowledgedAt"/> is outside the accepted range, or <paramref name="acknowledgedBy"/> is not a defined <see cref="AcknowledgingParty"/>.</exception>
    public DisclosureAcknowledgment(string disclosureHash, string policyVersion, string patientReference, DateTimeOffset acknowledgedAt, AcknowledgingParty acknowledgedBy, string? historyHash = null, PatientLanguage? language = null)
    {
        Language = language ?? PatientLanguage.English;
        DisclosureHash = HexDigits.Normalize(disclosureHash, HexDigits.ContentHashLength, nameof(disclosureHash));
        HistoryHash = historyHash is null ? null : HexDigits.Normalize(historyHash, HexDigits.ContentHashLength, nameof(historyHash));
        PolicyVersion = HexDigits.Normalize(policyVersion, HexDigits.PolicyVersionLength, nameof(policyVersion));
        ArgumentNullException.ThrowIfNull(patientReference);
        if (BlankText.IsBlank(patientReference) || patientReference.Length > MaxPatientReferenceLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The patient reference must be 1 to {MaxPatientReferenceLength} characters and not blank."),
                nameof(patientReference));
        }

        InstantRange.ThrowIfOutside(acknowledgedAt, nameof(acknowledgedAt), "acknowledgment instants");

        if ((uint)acknowledgedBy > (uint)AcknowledgingParty.Guardian)
        {
            throw new ArgumentOutOfRangeException(nameof(acknowledgedBy), "The acknowledging party must be a defined AcknowledgingParty value (Patient or Guardian).");
        }

        PatientReference = patientReference;
        AcknowledgedAt = acknowledgedAt;
        AcknowledgedBy = acknowledgedBy;
    }

    /// <summary>The language of the acknowledged disclosure; the consent check rebuilds the current disclosure in it.</summary>
    public PatientLanguage Language { get; }

    /// <summary>The acknowledged disclosure's content hash: 64 lower-case hex digits.</summary>
    public string DisclosureHash { get; }

    /// <summary>
    /// The acknowledged disclosure's history hash (<see cref="RiskDisclosure.HistoryHash"/>): 64 lower-case hex
    /// digits, or <see langword="null"/> when not recorded. Derived from health data; never printed by <see cref="object.ToString"/>.
    /// </summary>
    public string? HistoryHash { get; }

    /// <summary>The acknowledged disclosure's policy version: 16 lower-case hex digits.</summary>
    public string PolicyVersion { get; }

    /// <summary>The caller's reference to the patient. Never printed by <see cref="object.ToString"/> nor put in messages.</summary>
    public string PatientReference { get; }

    /// <summary>When the acknowledgment was given.</summary>
    public DateTimeOffset AcknowledgedAt { get; }

    /// <summary>Who acknowledged.</summary>
    public AcknowledgingParty AcknowledgedBy { get; }

    /// <summary>
    /// Verifies this acknowledgment against the disclosure the patient would be shown now. Checked in this
    /// order: the language (a disclosure in another language than <see cref="Language"/> is <see cref="ConsentStatus.StaleText"/>,
    /// with a message that says so), the content hash (<see cref="ConsentStatus.StaleText"/> when it differs: the content hash covers every
    /// word, level and label shown, not the policy version, so a policy change that shows nothing new keeps an
    /// acknowledgment valid), then the medical history when this acknowledgment
    /// recorded one (<see cref="ConsentStatus.StaleHistory"/> when <see cref="HistoryHash"/> differs from the
    /// current disclosure's), then the instant: an acknowledgment given at or
    /// after <paramref name="firstSessionStart"/> is <see cref="ConsentStatus.GivenAfterFirstSession"/>;
    /// only one strictly before it is <see cref="ConsentStatus.Valid"/>.
    /// </summary>
    /// <param name="current">The current disclosure for the patient.</param>
    /// <param name="firstSessionStart">The start instant of the first session.</param>
    /// <returns>The verification, naming the consent rule id and the current policy version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstSessionStart"/> is outside 1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z (a default, MinValue or MaxValue instant is refused).</exception>
    public AcknowledgmentVerification Verify(RiskDisclosure current, DateTimeOffset firstSessionStart)
    {
        ArgumentNullException.ThrowIfNull(current);
        InstantRange.ThrowIfOutside(firstSessionStart, nameof(firstSessionStart), "session start instants");
        ConsentStatus status;
        string message;
        if (Language != current.Language)
        {
            // The same content in another language is another disclosure: say so rather than "the text changed".
            status = ConsentStatus.StaleText;
            message = $"The acknowledgment is for the disclosure in {Language.EnglishName} ({Language.Tag}); the current disclosure given is in {current.Language.EnglishName} ({current.Language.Tag}). Verify against the current disclosure in the acknowledged language, or have the patient acknowledge this one.";
        }
        else if (!string.Equals(DisclosureHash, current.ContentHash, StringComparison.Ordinal))
        {
            status = ConsentStatus.StaleText;
            message = $"The acknowledgment is for disclosure {Short(DisclosureHash)}; the current disclosure is {Short(current.ContentHash)}, so what the patient would be shown has changed. The patient must acknowledge the current disclosure.";
        }
        else if (HistoryHash is not null && !string.Equals(HistoryHash, current.HistoryHash, StringComparison.Ordinal))
        {
            status = ConsentStatus.StaleHistory;
            message = $"The acknowledgment names the current disclosure {Short(DisclosureHash)}, but the patient's medical history has changed since it was given. The patient must acknowledge again.";
        }
        else if (AcknowledgedAt >= firstSessionStart)
        {
            status = ConsentStatus.GivenAfterFirstSession;
            message = $"The acknowledgment of disclosure {Short(DisclosureHash)} was given at or after the first session's start; it must precede the first session.";
        }
        else
        {
            status = ConsentStatus.Valid;
            message = $"The acknowledgment names the current disclosure {Short(DisclosureHash)} and precedes the first session.";
        }

        return new AcknowledgmentVerification(status, $"{message} (rule {DisclosureRuleIds.Consent}, policy {current.PolicyVersion})", DisclosureRuleIds.Consent, DisclosureHash, current.ContentHash, current.PolicyVersion);
    }

    private static string Short(string hash) => hash[..12];
}
