using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>What a plan finding says.</summary>
public enum PlanFindingKind
{
    /// <summary>Explains a choice: the count, the interval, the review, the maintenance.</summary>
    Information = 0,

    /// <summary>A session was moved off its due date, within bounds.</summary>
    Moved = 1,

    /// <summary>A constraint could not be met within bounds; the plan says so instead of breaking it silently.</summary>
    Conflict = 2,

    /// <summary>A real gap between sessions exceeded the maximum interval.</summary>
    GapExceeded = 3,

    /// <summary>The plan has no sessions: eligibility or consent stops it.</summary>
    Blocking = 4,
}

/// <summary>One finding of a plan: the rule that produced it, what it says, and on what authority.</summary>
public sealed class PlanFinding
{
    [JsonConstructor]
    internal PlanFinding(string RuleId, PlanFindingKind Kind, string Text, string Rationale, Provenance Provenance, string? Citation, int? SessionNumber)
    {
        this.RuleId = RuleId;
        this.Kind = Kind;
        this.Text = Text;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
        this.SessionNumber = SessionNumber;
    }

    /// <summary>The id of the rule that produced the finding.</summary>
    public string RuleId { get; }

    /// <summary>What the finding says.</summary>
    public PlanFindingKind Kind { get; }

    /// <summary>What happened, for the clinic and the patient.</summary>
    public string Text { get; }

    /// <summary>Why the rule exists.</summary>
    public string Rationale { get; }

    /// <summary>The authority the rule rests on.</summary>
    public Provenance Provenance { get; }

    /// <summary>The source cited, if any.</summary>
    public string? Citation { get; }

    /// <summary>The session the finding is about, if any.</summary>
    public int? SessionNumber { get; }
}
