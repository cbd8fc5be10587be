using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>A statement of a disclosure that is not itself a risk: the general statement, the alternatives, or a sign to watch for.</summary>
/// <param name="RuleId">The statement's rule id (see <see cref="DisclosureRuleIds.Statements"/>).</param>
/// <param name="Kind">What kind of statement it is.</param>
/// <param name="Title">The statement's title.</param>
/// <param name="Text">Patient-facing text. For a warning sign: what to watch for, for how long, and when to contact the clinic.</param>
/// <param name="Rationale">Why the statement is shown, for the practitioner (not shown to the patient, not hashed).</param>
/// <param name="Provenance">The authority the statement rests on.</param>
/// <param name="Citation">The sources cited.</param>
public sealed record DisclosureStatement(
    string RuleId,
    DisclosureStatementKind Kind,
    string Title,
    string Text,
    string Rationale,
    Provenance Provenance,
    string? Citation);
