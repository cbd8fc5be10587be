namespace MesoRules.Eligibility;

/// <summary>The clinic's eligibility settings.</summary>
public sealed class EligibilityOptions
{
    /// <summary>The lowest bound of <see cref="MinimumAgeYears"/>.</summary>
    public const int MinimumAgeLowerBound = 0;

    /// <summary>The highest bound of <see cref="MinimumAgeYears"/>.</summary>
    public const int MinimumAgeUpperBound = 100;

    /// <summary>
    /// The youngest age, in whole years, treated without the rule <see cref="EligibilityRuleIds.Minor"/> firing;
    /// 0 to 100. <value>The default value is 18.</value>
    /// </summary>
    public int MinimumAgeYears { get; set; } = 18;

    /// <summary>
    /// Formulation components that carry pregnancy-avoidance advice. <see langword="null"/> means the
    /// library's list (<c>dutasteride</c>, <c>finasteride</c>); a list set here replaces it.
    /// <value>The default value is <see langword="null"/>.</value>
    /// </summary>
    public IList<string>? PregnancyAvoidanceComponents { get; set; }

    /// <summary>
    /// Per-rule settings by rule id: switch a built-in or custom rule off, or change its outcome.
    /// Every key must name an existing rule. <value>The default value is empty.</value>
    /// </summary>
    public IDictionary<string, RuleOverride> Rules { get; set; } = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);

    /// <summary>
    /// The clinic's own rules, written in C#, evaluated after the built-in rules in list order. Ids must
    /// be unique across built-in and custom rules. <value>The default value is empty.</value>
    /// </summary>
    public IList<EligibilityRule> CustomRules { get; set; } = new List<EligibilityRule>();
}

/// <summary>A clinic's setting for one rule.</summary>
public sealed class RuleOverride
{
    /// <summary>Whether the rule runs. <value>The default value is <see langword="true"/>.</value></summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The outcome the rule gives when it fires, replacing its own. <value>The default value is <see langword="null"/>: the rule's own outcome.</value></summary>
    public EligibilityOutcome? Outcome { get; set; }
}
