namespace MesoRules.Eligibility;

/// <summary>What a rule's condition found for one patient.</summary>
public enum RuleState
{
    /// <summary>The rule does not apply; it yields no note.</summary>
    Silent = 0,

    /// <summary>The rule applies; it yields a note with the rule's outcome.</summary>
    Fired = 1,

    /// <summary>A fact the rule needs is unknown; it yields a note with <see cref="EligibilityOutcome.NeedsInformation"/>.</summary>
    MissingInformation = 2,
}
