using System.Text.Json.Serialization;
namespace MesoRules.Core;

/// <summary>A rule as the policy in force sees it: its id, what it says, why, and on what authority.</summary>
public sealed class RuleDescriptor
{
    [JsonConstructor]
    internal RuleDescriptor(string Id, string Summary, string Rationale, Provenance Provenance, string? Citation, string? ClinicReason = null)
    {
        this.Id = Id;
        this.Summary = Summary;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
        this.ClinicReason = ClinicReason;
    }

    /// <summary>The stable rule id.</summary>
    public string Id { get; }

    /// <summary>The patient-facing text or guidance of the rule.</summary>
    public string Summary { get; }

    /// <summary>Why the rule exists.</summary>
    public string Rationale { get; }

    /// <summary>The authority the rule rests on.</summary>
    public Provenance Provenance { get; }

    /// <summary>The source cited, if any.</summary>
    public string? Citation { get; }

    /// <summary>The clinic's recorded reason for setting the rule below the safety floor, or <see langword="null"/>.</summary>
    public string? ClinicReason { get; }
}
