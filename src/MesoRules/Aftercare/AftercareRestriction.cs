using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>One aftercare restriction as the policy in force sets it: what to avoid, for how long, why and on what authority.</summary>
/// <param name="Activity">The activity restricted.</param>
/// <param name="RuleId">The stable rule id, for example <c>aftercare.sun</c>.</param>
/// <param name="Title">A short patient-facing name of the activity, for example <c>Sun and UV exposure</c>.</param>
/// <param name="Guidance">Patient-facing guidance: what to avoid.</param>
/// <param name="Rationale">Why the restriction exists, and which of its durations are the library's own choice within the source's range.</param>
/// <param name="Provenance">The authority: <see cref="Provenance.SourceFaq"/> for library defaults, <see cref="Provenance.Clinic"/> when the clinic changed a window or reworded the title or guidance (the citation stays the library's).</param>
/// <param name="Citation">The source cited, for example <c>Source FAQ: 'What not to do after hair mesotherapy?'</c>.</param>
/// <param name="Minimum">Elapsed time after the session end before the activity is allowed with caution; greater than zero, at most 30 days.</param>
/// <param name="Recommended">Elapsed time after the session end before the activity is fully allowed; at least <paramref name="Minimum"/>, at most 30 days.</param>
/// <param name="Enabled">Whether the clinic applies the restriction.</param>
/// <param name="ClinicReason">The clinic's reason for changing the default (<see cref="AftercareRuleOptions.Reason"/>), if any.</param>
public sealed record AftercareRestriction(
    AftercareActivity Activity,
    string RuleId,
    string Title,
    string Guidance,
    string Rationale,
    Provenance Provenance,
    string? Citation,
    TimeSpan Minimum,
    TimeSpan Recommended,
    bool Enabled,
    string? ClinicReason);

/// <summary>Aftercare guidance without a window, for example "use a mild shampoo".</summary>
/// <param name="RuleId">The stable rule id, for example <c>aftercare.guidance.gentle-shampoo</c>.</param>
/// <param name="Text">Patient-facing guidance.</param>
/// <param name="Rationale">Why the guidance is given.</param>
/// <param name="Provenance">The authority the guidance rests on; <see cref="Provenance.Clinic"/> when the clinic reworded it (the citation stays the library's).</param>
/// <param name="Citation">The source cited, if any.</param>
public sealed record AftercareGuidance(string RuleId, string Text, string Rationale, Provenance Provenance, string? Citation);
