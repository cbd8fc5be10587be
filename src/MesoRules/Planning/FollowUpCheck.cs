using System.Collections.Immutable;
using MesoRules.Disclosure;
using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>
/// The follow-up check a plan carries beyond aftercare: a visit some weeks after the last initial session,
/// when late complications (an infection weeks later, scarring months later) can show, and the signs that
/// should make the patient contact the clinic at any time before or after it.
/// </summary>
/// <param name="Date">The date of the check: the first open day on or after <paramref name="DueDate"/>.</param>
/// <param name="DueDate">The due date: <see cref="PlanningOptions.FollowUpWeeks"/> weeks after the last initial session.</param>
/// <param name="RuleId">The id of the rule that produced the check, <see cref="PlanningRuleIds.FollowUp"/>.</param>
/// <param name="Text">What the check is for, with its date.</param>
/// <param name="ContactClinicIf">The signs to contact the clinic for: the disclosure's warning signs under the same policy (clinic wording included).</param>
/// <param name="Rationale">Why the rule exists.</param>
/// <param name="Provenance">The authority the rule rests on.</param>
/// <param name="Citation">The source cited, if any.</param>
public sealed record FollowUpCheck(
    DateOnly Date,
    DateOnly DueDate,
    string RuleId,
    string Text,
    ImmutableArray<DisclosureStatement> ContactClinicIf,
    string Rationale,
    Provenance Provenance,
    string? Citation)
{
    private readonly ImmutableArray<DisclosureStatement> _contactClinicIf = ContactClinicIf.IsDefault ? [] : ContactClinicIf;

    /// <summary>The signs to contact the clinic for; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<DisclosureStatement> ContactClinicIf { get => _contactClinicIf; init => _contactClinicIf = value.IsDefault ? [] : value; }

    /// <inheritdoc/>
    public bool Equals(FollowUpCheck? other) =>
        other is not null
        && Date == other.Date
        && DueDate == other.DueDate
        && RuleId == other.RuleId
        && Text == other.Text
        && Rationale == other.Rationale
        && Provenance == other.Provenance
        && Citation == other.Citation
        && ContactClinicIf.AsSpan().SequenceEqual(other.ContactClinicIf.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, DueDate, RuleId, ContactClinicIf.Length);
}
