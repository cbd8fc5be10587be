using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// One risk of a disclosure, as shown to the patient: what it is, how likely, its typical course, what reduces
/// it, and whether (and why) it is raised for this patient. Compares by value, <see cref="RaisedBy"/> and
/// <see cref="RaisingFacts"/> included.
/// </summary>
public sealed class DisclosedRisk
{
    [JsonConstructor]
    internal DisclosedRisk(string RuleId, string Title, RiskLikelihood Likelihood, RiskLevel Level, string Text, string Course, string Mitigation, ImmutableArray<RiskRaise> RaisedBy, ImmutableArray<string> RaisingFacts, string Rationale, Provenance Provenance, string? Citation)
    {
        this.RuleId = RuleId;
        this.Title = Title;
        this.Likelihood = Likelihood;
        this.Level = Level;
        this.Text = Text;
        this.Course = Course;
        this.Mitigation = Mitigation;
        this.RaisedBy = RaisedBy;
        this.RaisingFacts = RaisingFacts;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
    }

    /// <summary>The risk's rule id, for example <c>disclosure.risk.infection</c> (see <see cref="DisclosureRuleIds"/>).</summary>
    public string RuleId { get; }

    /// <summary>The risk's title.</summary>
    public string Title { get; }

    /// <summary>The likelihood word in general, not for this patient (see <see cref="Level"/>).</summary>
    public RiskLikelihood Likelihood { get; }

    /// <summary>How the risk stands for this patient.</summary>
    public RiskLevel Level { get; }

    /// <summary>Patient-facing text: what the risk is.</summary>
    public string Text { get; }

    /// <summary>The typical course: when it starts and how long it lasts.</summary>
    public string Course { get; }

    /// <summary>What reduces the risk.</summary>
    public string Mitigation { get; }

    /// <summary>The patient facts that raise the risk for this patient, each with its explanation; empty when <see cref="Level"/> is <see cref="RiskLevel.Baseline"/>.</summary>
    public ImmutableArray<RiskRaise> RaisedBy { get; }

    /// <summary>The names of every patient fact that can raise this risk under the policy.</summary>
    public ImmutableArray<string> RaisingFacts { get; }

    /// <summary>Why the risk is disclosed, for the practitioner (not shown to the patient, not hashed).</summary>
    public string Rationale { get; }

    /// <summary>The authority the risk rests on.</summary>
    public Provenance Provenance { get; }

    /// <summary>The sources cited.</summary>
    public string? Citation { get; }
}
