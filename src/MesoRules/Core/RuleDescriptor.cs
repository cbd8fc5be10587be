namespace MesoRules.Core;

/// <summary>A rule as the policy in force sees it: its id, what it says, why, and on what authority.</summary>
/// <param name="Id">The stable rule id.</param>
/// <param name="Summary">The patient-facing text or guidance of the rule.</param>
/// <param name="Rationale">Why the rule exists.</param>
/// <param name="Provenance">The authority the rule rests on.</param>
/// <param name="Citation">The source cited, if any.</param>
public sealed record RuleDescriptor(string Id, string Summary, string Rationale, Provenance Provenance, string? Citation);
