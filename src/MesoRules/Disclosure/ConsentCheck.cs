using System.Text.Json.Serialization;
namespace MesoRules.Disclosure;

/// <summary>
/// Whether a valid acknowledgment of the current disclosure precedes a patient's first session, for a planner's
/// consent gate. Holds no patient data.
/// </summary>
public sealed class ConsentCheck
{
    [JsonConstructor]
    internal ConsentCheck(ConsentStatus Status, bool Required, string RuleId, string Message, string DisclosureHash, string PolicyVersion)
    {
        this.Status = Status;
        this.Required = Required;
        this.RuleId = RuleId;
        this.Message = Message;
        this.DisclosureHash = DisclosureHash;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The state of consent.</summary>
    public ConsentStatus Status { get; }

    /// <summary>Whether the policy requires consent (rule <see cref="DisclosureRuleIds.Consent"/> in force, see <see cref="DisclosureOptions.Rules"/>).</summary>
    public bool Required { get; }

    /// <summary>The consent rule id, <see cref="DisclosureRuleIds.Consent"/>.</summary>
    public string RuleId { get; }

    /// <summary>A sentence for the practitioner explaining the state, naming the rule id and the policy version.</summary>
    public string Message { get; }

    /// <summary>The content hash of the current disclosure, the one to acknowledge.</summary>
    public string DisclosureHash { get; }

    /// <summary>The version of the policy that was read.</summary>
    public string PolicyVersion { get; }

    /// <summary>Whether a planner must block the first session: consent is required and not <see cref="ConsentStatus.Valid"/>.</summary>
    public bool Blocking => Required && Status != ConsentStatus.Valid;
}
