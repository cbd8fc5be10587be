using System.Collections.Immutable;
using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// One risk of a disclosure, as shown to the patient: what it is, how likely, its typical course, what reduces
/// it, and whether (and why) it is raised for this patient. Compares by value, <see cref="RaisedBy"/> and
/// <see cref="RaisingFacts"/> included.
/// </summary>
/// <param name="RuleId">The risk's rule id, for example <c>disclosure.risk.infection</c> (see <see cref="DisclosureRuleIds"/>).</param>
/// <param name="Title">The risk's title.</param>
/// <param name="Likelihood">The likelihood word in general, not for this patient (see <paramref name="Level"/>).</param>
/// <param name="Level">How the risk stands for this patient.</param>
/// <param name="Text">Patient-facing text: what the risk is.</param>
/// <param name="Course">The typical course: when it starts and how long it lasts.</param>
/// <param name="Mitigation">What reduces the risk.</param>
/// <param name="RaisedBy">The patient facts that raise the risk for this patient, each with its explanation; empty when <paramref name="Level"/> is <see cref="RiskLevel.Baseline"/>.</param>
/// <param name="RaisingFacts">The names of every patient fact that can raise this risk under the policy.</param>
/// <param name="Rationale">Why the risk is disclosed, for the practitioner (not shown to the patient, not hashed).</param>
/// <param name="Provenance">The authority the risk rests on.</param>
/// <param name="Citation">The sources cited.</param>
public sealed record DisclosedRisk(
    string RuleId,
    string Title,
    RiskLikelihood Likelihood,
    RiskLevel Level,
    string Text,
    string Course,
    string Mitigation,
    ImmutableArray<RiskRaise> RaisedBy,
    ImmutableArray<string> RaisingFacts,
    string Rationale,
    Provenance Provenance,
    string? Citation)
{
    /// <inheritdoc/>
    public bool Equals(DisclosedRisk? other) =>
        other is not null
        && RuleId == other.RuleId
        && Title == other.Title
        && Likelihood == other.Likelihood
        && Level == other.Level
        && Text == other.Text
        && Course == other.Course
        && Mitigation == other.Mitigation
        && RaisedBy.AsSpan().SequenceEqual(other.RaisedBy.AsSpan())
        && RaisingFacts.AsSpan().SequenceEqual(other.RaisingFacts.AsSpan())
        && Rationale == other.Rationale
        && Provenance == other.Provenance
        && Citation == other.Citation;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Level, Text);

    /// <summary>Returns a description naming the rule and its general likelihood, never what is tailored to the patient.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"DisclosedRisk {{ RuleId = {RuleId}, Likelihood = {Likelihood} }}";
}
