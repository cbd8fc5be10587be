using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Disclosure;

/// <summary>
/// Builds the risk disclosure a patient must be shown, tailored to the patient's facts, versioned and hashed;
/// creates and verifies acknowledgments of it; and answers a planner's consent gate. Immutable and
/// thread-safe; each call reads one policy snapshot. Usable with <see langword="new"/> and from DI
/// (<c>AddMesoRules</c> registers it).
/// </summary>
public sealed class DisclosureEngine
{
    private readonly IMesoRulesPolicyProvider _policies;
    private readonly TimeProvider _time;

    /// <summary>Creates an engine over the shipped default policy and the system clock.</summary>
    public DisclosureEngine()
        : this(MesoRulesPolicy.Default, TimeProvider.System)
    {
    }

    /// <summary>Creates an engine over a policy provider and a clock.</summary>
    /// <param name="policies">The policy provider: a fixed <see cref="MesoRulesPolicy"/>, or the one registered by <c>AddMesoRules</c>, which follows option changes.</param>
    /// <param name="time">The clock that stamps disclosures (<see cref="RiskDisclosure.CreatedAt"/>) and acknowledgments.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DisclosureEngine(IMesoRulesPolicyProvider policies, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(time);
        _policies = policies;
        _time = time;
    }

    /// <summary>
    /// Builds the disclosure for one patient under the policy in force: the general statement, the six risks
    /// (always all present; each raised, with the reason, when a fact of the patient answered "yes" or a
    /// known allergy raises it; unknown facts raise nothing), the alternatives and the signs to watch for.
    /// </summary>
    /// <param name="patient">The patient profile.</param>
    /// <param name="language">The language of every text shown; <see langword="null"/> for <see cref="PatientLanguage.English"/>. The content hash covers it.</param>
    /// <returns>The disclosure, with its content hash, the policy version, the language and the current instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/>, one of its collections or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value of the profile is undefined or the age is out of range.</exception>
    /// <exception cref="ArgumentException">An allergy substance or formulation component is blank.</exception>
    public RiskDisclosure Disclose(PatientProfile patient, PatientLanguage? language = null)
    {
        PatientProfile.ThrowIfInvalid(patient, nameof(patient));
        return Disclose(_policies.Current, patient, InstantRange.Now(_time), language);
    }

    /// <summary>The disclosure for a validated patient under one snapshot: <see cref="Disclose(PatientProfile, PatientLanguage?)"/>, the consent gate and the assessment facade all build with it.</summary>
    internal static RiskDisclosure Disclose(MesoRulesPolicy policy, PatientProfile patient, DateTimeOffset now, PatientLanguage? language) =>
        policy.DisclosureRules.In(language).Disclose(patient, policy.Version, now);

    /// <summary>Records, at the current instant, that the disclosure was acknowledged.</summary>
    /// <param name="disclosure">The disclosure that was shown.</param>
    /// <param name="patientReference">The caller's reference to the patient; 1 to 200 characters, not blank. Never put in messages.</param>
    /// <param name="acknowledgedBy">Who acknowledged.</param>
    /// <returns>The acknowledgment, naming the disclosure's content hash, history hash and policy version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> or <paramref name="patientReference"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="patientReference"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acknowledgedBy"/> is undefined.</exception>
    public DisclosureAcknowledgment Acknowledge(RiskDisclosure disclosure, string patientReference, AcknowledgingParty acknowledgedBy)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return new DisclosureAcknowledgment(disclosure.ContentHash, disclosure.PolicyVersion, patientReference, InstantRange.Now(_time), acknowledgedBy, disclosure.HistoryHash, disclosure.Language);
    }

    /// <summary>
    /// The consent gate for a planner: builds the patient's current disclosure under the policy in force and
    /// reports whether one of <paramref name="acknowledgments"/> is valid for it and precedes
    /// <paramref name="firstSessionStart"/>. When none is valid, the status is that of the latest
    /// acknowledgment (by instant; the later in the list on a tie), or <see cref="ConsentStatus.Missing"/>
    /// when there is none. <see cref="ConsentCheck.Blocking"/> is set only when the policy requires consent
    /// (rule <see cref="DisclosureRuleIds.Consent"/>, switched in <see cref="DisclosureOptions.Rules"/>).
    /// </summary>
    /// <param name="patient">The patient profile.</param>
    /// <param name="acknowledgments">The patient's stored acknowledgments, in any order; may be empty.</param>
    /// <param name="firstSessionStart">The start instant of the first session.</param>
    /// <param name="language">The language of the disclosure the patient would acknowledge now, whose hash the check reports; <see langword="null"/> for <see cref="PatientLanguage.English"/>. Each acknowledgment is verified against the current disclosure in its own <see cref="DisclosureAcknowledgment.Language"/>.</param>
    /// <returns>The consent check, naming the rule id and the policy version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/>, <paramref name="acknowledgments"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value of the profile is undefined, the age is out of range, or <paramref name="firstSessionStart"/> is outside 1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z.</exception>
    public ConsentCheck CheckConsent(PatientProfile patient, IEnumerable<DisclosureAcknowledgment> acknowledgments, DateTimeOffset firstSessionStart, PatientLanguage? language = null)
    {
        PatientProfile.ThrowIfInvalid(patient, nameof(patient));
        ArgumentNullException.ThrowIfNull(acknowledgments);
        InstantRange.ThrowIfOutside(firstSessionStart, nameof(firstSessionStart), "session start instants");
        return CheckConsentUnder(_policies.Current, InstantRange.Now(_time), patient, acknowledgments, firstSessionStart, language ?? PatientLanguage.English);
    }

    /// <summary>
    /// The consent check under one snapshot, for a validated patient; shared with the planner's consent gate.
    /// With <paramref name="hashNeeded"/> off and no acknowledgment, the disclosure is not built and
    /// <see cref="ConsentCheck.DisclosureHash"/> is empty (the planner reads only the status and message).
    /// A caller that already built the patient's disclosure under <paramref name="policy"/> passes it as <paramref name="built"/>, so it is built once.
    /// </summary>
    internal static ConsentCheck CheckConsentUnder(MesoRulesPolicy policy, DateTimeOffset now, PatientProfile patient, IEnumerable<DisclosureAcknowledgment> acknowledgments, DateTimeOffset firstSessionStart, PatientLanguage language, bool hashNeeded = true, RiskDisclosure? built = null)
    {
        // The disclosure in the language asked for is the one reported; each acknowledgment is verified against the
        // disclosure in its own language, built at most once per language.
        RiskDisclosure?[] disclosures = new RiskDisclosure?[PatientLanguage.Shipped.Length];
        if (built is not null)
        {
            disclosures[built.Language.Index] = built;
        }

        RiskDisclosure In(PatientLanguage shown) => disclosures[shown.Index] ??= Disclose(policy, patient, now, shown);
        RiskDisclosure Current() => In(language);
        bool required = policy.DisclosureRules.RequireConsent;
        CompiledTexts say = policy.DisclosureRules.Texts.In(language);

        AcknowledgmentVerification? latest = null;
        DateTimeOffset latestAt = DateTimeOffset.MinValue;
        int index = 0;
        foreach (DisclosureAcknowledgment? acknowledgment in acknowledgments)
        {
            if (acknowledgment is null)
            {
                throw new ArgumentNullException($"{nameof(acknowledgments)}[{index}]");
            }

            index++;
            AcknowledgmentVerification verification = acknowledgment.Verify(In(acknowledgment.Language), firstSessionStart);
            if (verification.IsValid)
            {
                return Result(ConsentStatus.Valid, say[ConsentText.Valid]);
            }

            if (latest is null || acknowledgment.AcknowledgedAt >= latestAt)
            {
                latest = verification;
                latestAt = acknowledgment.AcknowledgedAt;
            }
        }

        string need = say[required ? ConsentText.Required : ConsentText.NotRequired];
        return latest?.Status switch
        {
            null => Result(ConsentStatus.Missing, $"{say[ConsentText.Missing]} {need}"),
            ConsentStatus.StaleText => Result(ConsentStatus.StaleText, $"{say[ConsentText.StaleText]} {need}"),
            ConsentStatus.StaleHistory => Result(ConsentStatus.StaleHistory, $"{say[ConsentText.StaleHistory]} {need}"),
            _ => Result(ConsentStatus.GivenAfterFirstSession, $"{say[ConsentText.GivenAfterFirstSession]} {need}"),
        };

        // The rule and the policy are named in the words of the language's labels ("rule", "policy" in English).
        ConsentCheck Result(ConsentStatus status, string message)
        {
            DisclosureLabels words = policy.DisclosureRules.In(language).Labels;
            string rule = words.Rule.Length > 0 ? string.Concat(words.Rule[..1].ToLowerInvariant(), words.Rule[1..]) : words.Rule;
            return new(status, required, DisclosureRuleIds.Consent, $"{message} ({rule} {DisclosureRuleIds.Consent}, {words.Policy} {policy.Version})", disclosures[language.Index] is null && !hashNeeded ? string.Empty : Current().ContentHash, policy.Version);
        }
    }
}
