namespace MesoRules.Disclosure;

/// <summary>The result of verifying an acknowledgment against the current disclosure. Holds no patient data.</summary>
/// <param name="Status">The verification result.</param>
/// <param name="Message">A sentence for the practitioner explaining the status, naming the rule id and the policy version.</param>
/// <param name="RuleId">The consent rule id, <see cref="DisclosureRuleIds.Consent"/>.</param>
/// <param name="AcknowledgedHash">The content hash the acknowledgment names.</param>
/// <param name="CurrentHash">The current disclosure's content hash.</param>
/// <param name="PolicyVersion">The current disclosure's policy version.</param>
public sealed record AcknowledgmentVerification(
    AcknowledgmentStatus Status,
    string Message,
    string RuleId,
    string AcknowledgedHash,
    string CurrentHash,
    string PolicyVersion)
{
    /// <summary>Whether the acknowledgment is valid (<see cref="AcknowledgmentStatus.Valid"/>).</summary>
    public bool IsValid => Status == AcknowledgmentStatus.Valid;
}
