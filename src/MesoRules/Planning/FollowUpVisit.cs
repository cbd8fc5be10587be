using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Core;
using MesoRules.Disclosure;

namespace MesoRules.Planning;

/// <summary>
/// The follow-up visit a plan carries beyond aftercare: a visit some weeks after the last initial session,
/// when late complications (an infection weeks later, scarring months later) can show, and the signs that
/// should make the patient contact the clinic at any time before or after it.
/// </summary>
public sealed class FollowUpVisit
{
    [JsonConstructor]
    internal FollowUpVisit(DateOnly Date, DateOnly DueDate, string RuleId, string Text, ImmutableArray<DisclosureStatement> ContactClinicIf, string Rationale, Provenance Provenance, string? Citation)
    {
        this.Date = Date;
        this.DueDate = DueDate;
        this.RuleId = RuleId;
        this.Text = Text;
        this.ContactClinicIf = ContactClinicIf.IsDefault ? [] : ContactClinicIf;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
    }

    /// <summary>The date of the check: the first open day on or after <see cref="DueDate"/>.</summary>
    public DateOnly Date { get; }

    /// <summary>The due date: <see cref="PlanningOptions.FollowUpWeeks"/> weeks after the last initial session.</summary>
    public DateOnly DueDate { get; }

    /// <summary>The id of the rule that produced the check, <see cref="PlanningRuleIds.FollowUp"/>.</summary>
    public string RuleId { get; }

    /// <summary>What the check is for, with its date.</summary>
    public string Text { get; }

    /// <summary>Why the rule exists.</summary>
    public string Rationale { get; }

    /// <summary>The authority the rule rests on.</summary>
    public Provenance Provenance { get; }

    /// <summary>The source cited, if any.</summary>
    public string? Citation { get; }

    /// <summary>The signs to contact the clinic for (the disclosure's warning signs, in the plan's language); a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<DisclosureStatement> ContactClinicIf { get; }
}
