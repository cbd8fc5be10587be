namespace MesoRules.Disclosure;

/// <summary>
/// Whether a valid acknowledgment of the current disclosure precedes a patient's first session, for a planner's
/// consent gate. Holds no patient data.
/// </summary>
/// <param name="Status">The state of consent.</param>
/// <param name="Required">Whether the policy requires consent (rule <see cref="DisclosureRuleIds.Consent"/> in force, see <see cref="DisclosureOptions.Rules"/>).</param>
/// <param name="RuleId">The consent rule id, <see cref="DisclosureRuleIds.Consent"/>.</param>
/// <param name="Message">A sentence for the practitioner explaining the state, naming the rule id and the policy version.</param>
/// <param name="DisclosureHash">The content hash of the current disclosure, the one to acknowledge.</param>
/// <param name="PolicyVersion">The version of the policy that was read.</param>
public sealed record ConsentCheck(
    ConsentStatus Status,
    bool Required,
    string RuleId,
    string Message,
    string DisclosureHash,
    string PolicyVersion)
{
    /// <summary>Whether a planner must block the first session: consent is required and not <see cref="ConsentStatus.Acknowledged"/>.</summary>
    public bool Blocking => Required && Status != ConsentStatus.Acknowledged;
}
