using MesoRules.Core;
using EligibilitySettings = MesoRules.Core.Settings<MesoRules.Eligibility.EligibilityOptions>;
using RuleSettings = MesoRules.Core.Settings<MesoRules.Eligibility.RuleOverride>;

namespace MesoRules.Eligibility;

/// <summary>The clinic's eligibility settings.</summary>
public sealed class EligibilityOptions
{
    /// <summary>
    /// The youngest age, in whole years, treated without the rule <see cref="EligibilityRuleIds.Minor"/> firing.
    /// <value>The default value is 18; allowed: 0 to 100.</value>
    /// </summary>
    public int MinimumAgeYears { get; set; } = 18;

    /// <summary>
    /// Formulation components that carry pregnancy-avoidance advice. <see langword="null"/> means the
    /// library's list (<c>dutasteride</c>, <c>finasteride</c>); a list set here replaces it and must hold at least one
    /// name. <value>The default value is <see langword="null"/>; allowed: each name 1 to 200 characters, not blank.</value>
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

    /// <summary>The allowed range of <see cref="MinimumAgeYears"/>, in years.</summary>
    internal static IntRange MinimumAgeRange { get; } = new(0, 100);

    /// <summary>The allowed length of each name of <see cref="PregnancyAvoidanceComponents"/>.</summary>
    internal static TextLength ComponentLength { get; } = new(200);

    /// <summary>The allowed length of a custom rule's <see cref="EligibilityRule.Text"/> and <see cref="EligibilityRule.Rationale"/>.</summary>
    internal static TextLength RuleTextLength { get; } = new(2000);

    /// <summary>The settings the configuration binder reads, one entry each.</summary>
    internal static SettingTable Settings => field ??= new(
        EligibilitySettings.Number(nameof(MinimumAgeYears), static (o, v) => o.MinimumAgeYears = v, MinimumAgeRange),
        EligibilitySettings.TextList(nameof(PregnancyAvoidanceComponents), "[\"dutasteride\", \"finasteride\"]", static (o, v) => o.PregnancyAvoidanceComponents = v),
        EligibilitySettings.Dictionary(
            nameof(Rules),
            static o => o.Rules ??= new Dictionary<string, RuleOverride>(StringComparer.Ordinal),
            static key => key.ToLowerInvariant(), // Rule ids are lower case; configuration keys are not case-sensitive.
            RuleOverride.Settings),
        EligibilitySettings.Refused(
            nameof(CustomRules),
            "clinic rules are C# conditions and cannot come from configuration; add them in AddMesoRules(configuration, options => options.Eligibility.CustomRules.Add(...))."));
}

/// <summary>A clinic's setting for one rule.</summary>
public sealed class RuleOverride
{
    /// <summary>Whether the rule runs. <value>The default value is <see langword="true"/>.</value></summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The outcome the rule gives when it fires, replacing its own. <value>The default value is <see langword="null"/>: the rule's own outcome.</value></summary>
    public EligibilityOutcome? Outcome { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        RuleSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v),
        RuleSettings.Names<EligibilityOutcome>(nameof(Outcome), static (o, v) => o.Outcome = v));
}
