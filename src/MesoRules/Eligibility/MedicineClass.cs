using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Eligibility;

/// <summary>
/// One medicine class the policy screens the medicine list for: its ATC groups, the generic names matched, and the
/// rule a listed medicine of the class feeds.
/// </summary>
public sealed class MedicineClass
{
    [JsonConstructor]
    internal MedicineClass(string Id, string Name, string? Rationale, string? Answers, string RuleId, ImmutableArray<string> AtcCodes, ImmutableArray<string> Names, bool Enabled, Provenance Provenance, string? Citation, string? ClinicReason)
    {
        this.Id = Id;
        this.Name = Name;
        this.Rationale = Rationale;
        this.Answers = Answers;
        this.RuleId = RuleId;
        this.AtcCodes = AtcCodes;
        this.Names = Names;
        this.Enabled = Enabled;
        this.Provenance = Provenance;
        this.Citation = Citation;
        this.ClinicReason = ClinicReason;
    }

    /// <summary>The class id, for example <c>antithrombotic</c>.</summary>
    public string Id { get; }

    /// <summary>The class's name as notes show it, for example <c>antithrombotic agents (anticoagulants and antiplatelets)</c>.</summary>
    public string Name { get; }

    /// <summary>Why the class matters for scalp injections (for a shipped class), or <see langword="null"/> for a class of the clinic's own.</summary>
    public string? Rationale { get; }

    /// <summary>The health fact the class stands for (<c>health.anticoagulants</c>), or <see langword="null"/> when it has a rule of its own.</summary>
    public string? Answers { get; }

    /// <summary>The eligibility rule a listed medicine of the class feeds.</summary>
    public string RuleId { get; }

    /// <summary>The ATC codes or code prefixes of the class.</summary>
    public ImmutableArray<string> AtcCodes { get; }

    /// <summary>The generic names matched, the shipped ones first.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Whether the class is screened; a shipped class the clinic switched off is listed with its <see cref="ClinicReason"/>.</summary>
    public bool Enabled { get; }

    /// <summary><see cref="Provenance.ClinicalLiterature"/> for a shipped class as shipped, <see cref="Provenance.Clinic"/> for one the clinic added, extended or switched off.</summary>
    public Provenance Provenance { get; }

    /// <summary>The reference the shipped class rests on; <see langword="null"/> for a class of the clinic's own.</summary>
    public string? Citation { get; }

    /// <summary>The clinic's recorded reason, when it switched the shipped class off; otherwise <see langword="null"/>.</summary>
    public string? ClinicReason { get; }
}
