using System.Text.Json.Serialization;
namespace MesoRules.Disclosure;

/// <summary>The result of verifying an acknowledgment against the current disclosure. Holds no patient data.</summary>
public sealed class AcknowledgmentVerification
{
    [JsonConstructor]
    internal AcknowledgmentVerification(ConsentStatus Status, string Message, string RuleId, string AcknowledgedHash, string CurrentHash, string PolicyVersion)
    {
        this.Status = Status;
        this.Message = Message;
        this.RuleId = RuleId;
        this.AcknowledgedHash = AcknowledgedHash;
        this.CurrentHash = CurrentHash;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The verification result.</summary>
    public ConsentStatus Status { get; }

    /// <summary>A sentence for the practitioner explaining the status, naming the rule id and the policy version.</summary>
    public string Message { get; }

    /// <summary>The consent rule id, <see cref="DisclosureRuleIds.Consent"/>.</summary>
    public string RuleId { get; }

    /// <summary>The content hash the acknowledgment names.</summary>
    public string AcknowledgedHash { get; }

    /// <summary>The current disclosure's content hash.</summary>
    public string CurrentHash { get; }

    /// <summary>The current disclosure's policy version.</summary>
    public string PolicyVersion { get; }

    /// <summary>Whether the acknowledgment is valid (<see cref="ConsentStatus.Valid"/>).</summary>
    public bool IsValid => Status == ConsentStatus.Valid;
}
