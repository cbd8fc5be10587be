using System.Collections.Immutable;
using MesoRules.Patients;
using MesoRules.Core;

namespace MesoRules.Eligibility;

/// <summary>The compiled, immutable eligibility rules of one policy snapshot, with their notes built once.</summary>
internal sealed class EligibilityRuleSet
{
    private EligibilityRuleSet(CompiledRule[] rules, int minimumAgeYears, IReadOnlyList<string> pregnancyAvoidanceComponents)
    {
        Rules = rules;
        MinimumAgeYears = minimumAgeYears;
        PregnancyAvoidanceComponents = pregnancyAvoidanceComponents;
    }

    public CompiledRule[] Rules { get; }

    public int MinimumAgeYears { get; }

    public IReadOnlyList<string> PregnancyAvoidanceComponents { get; }

    internal readonly record struct CompiledRule(Func<PatientProfile, RuleState> Condition, EligibilityNote Fired, EligibilityNote Missing, RuleDescriptor Descriptor);

    public static IReadOnlyList<EligibilityRule> AllRules(EligibilityOptions options) =>
        [.. DefaultEligibilityRules.Create(options.MinimumAgeYears, EffectiveComponents(options)), .. options.CustomRules];

    private static string[] EffectiveComponents(EligibilityOptions options) =>
        options.PregnancyAvoidanceComponents is { } list ? [.. list] : DefaultEligibilityRules.DefaultPregnancyAvoidanceComponents;

    /// <summary>The ids of the built-in rules, in evaluation order.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } =
        [.. DefaultEligibilityRules.Create(18, DefaultEligibilityRules.DefaultPregnancyAvoidanceComponents).Select(r => r.Id)];

    public static void Validate(EligibilityOptions? options, string prefix, OptionsFailures failures)
    {
        if (options is null)
        {
            failures.NotNull(prefix, options);
            return;
        }

        failures.Range($"{prefix}:{nameof(EligibilityOptions.MinimumAgeYears)}", options.MinimumAgeYears, EligibilityOptions.MinimumAgeRange);

        if (options.PregnancyAvoidanceComponents is { } components)
        {
            if (components.Count == 0)
            {
                failures.Add(
                    $"{prefix}:{nameof(EligibilityOptions.PregnancyAvoidanceComponents)}",
                    $"an empty list would keep the rule from ever firing; to stop the advice, switch the rule off instead ({prefix}:Rules:{EligibilityRuleIds.PregnancyAvoidanceComponent}:Enabled = false).");
            }

            for (int i = 0; i < components.Count; i++)
            {
                failures.NotBlank($"{prefix}:{nameof(EligibilityOptions.PregnancyAvoidanceComponents)}:{i}", components[i], EligibilityOptions.ComponentLength);
            }
        }

        var ids = new HashSet<string>(BuiltInIds, StringComparer.Ordinal);

        if (options.CustomRules is null)
        {
            failures.NotNull($"{prefix}:{nameof(EligibilityOptions.CustomRules)}", null);
        }
        else
        {
            for (int i = 0; i < options.CustomRules.Count; i++)
            {
                string member = $"{prefix}:{nameof(EligibilityOptions.CustomRules)}:{i}";
                EligibilityRule? rule = options.CustomRules[i];
                if (rule is null)
                {
                    failures.NotNull(member, rule);
                    continue;
                }

                if (!RuleIdSyntax.IsValid(rule.Id))
                {
                    failures.Add($"{member}:{nameof(EligibilityRule.Id)}", $"'{rule.Id}' is not a valid rule id; allowed: 1 to {RuleIdSyntax.MaxLength} characters of dot-separated segments of a-z, 0-9 and '-'.");
                }
                else if (!ids.Add(rule.Id))
                {
                    failures.Add($"{member}:{nameof(EligibilityRule.Id)}", $"'{rule.Id}' is a duplicate rule id; every rule id must be unique.");
                }

                failures.Defined($"{member}:{nameof(EligibilityRule.Outcome)}", rule.Outcome);
                failures.Defined($"{member}:{nameof(EligibilityRule.Provenance)}", rule.Provenance);
                failures.Defined($"{member}:{nameof(EligibilityRule.Contraindication)}", rule.Contraindication);
                failures.NotBlank($"{member}:{nameof(EligibilityRule.Text)}", rule.Text, EligibilityOptions.RuleTextLength);
                failures.NotBlank($"{member}:{nameof(EligibilityRule.Rationale)}", rule.Rationale, EligibilityOptions.RuleTextLength);
                failures.NotNull($"{member}:{nameof(EligibilityRule.Condition)}", rule.Condition);
                if (rule.Facts is null)
                {
                    failures.NotNull($"{member}:{nameof(EligibilityRule.Facts)}", null);
                }
                else if (rule.Facts.Any(BlankText.IsBlank))
                {
                    failures.Add($"{member}:{nameof(EligibilityRule.Facts)}", "fact names must not be null or blank.");
                }
            }
        }

        if (options.Rules is null)
        {
            failures.NotNull($"{prefix}:{nameof(EligibilityOptions.Rules)}", null);
            return;
        }

        foreach (KeyValuePair<string, RuleOverride> entry in options.Rules.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            string member = $"{prefix}:{nameof(EligibilityOptions.Rules)}:{entry.Key}";
            if (!ids.Contains(entry.Key))
            {
                failures.Add(member, $"'{entry.Key}' names no eligibility rule; allowed: the id of a built-in rule (see EligibilityRuleIds) or of a custom rule.");
            }

            if (entry.Value is null)
            {
                failures.NotNull(member, null);
            }
            else if (entry.Value.Outcome is EligibilityOutcome outcome)
            {
                failures.Defined($"{member}:{nameof(RuleOverride.Outcome)}", outcome);
            }
        }
    }

    /// <summary>Compiles validated options; the fingerprint receives every effective setting and rule.</summary>
    public static EligibilityRuleSet Compile(EligibilityOptions options, PolicyFingerprint fingerprint)
    {
        IReadOnlyList<string> components = EffectiveComponents(options);
        fingerprint.Add("eligibility.minimumAgeYears", options.MinimumAgeYears);
        fingerprint.Add("eligibility.pregnancyAvoidanceComponents", components);

        var compiled = new List<CompiledRule>();
        foreach (EligibilityRule rule in AllRules(options))
        {
            RuleOverride? setting = options.Rules.TryGetValue(rule.Id, out RuleOverride? found) ? found : null;
            bool enabled = setting?.Enabled ?? true;
            EligibilityOutcome outcome = setting?.Outcome ?? rule.Outcome;
            ImmutableArray<string> facts = [.. rule.Facts];
            string missingText = rule.MissingInformationText
                ?? (facts.IsEmpty ? "More information is needed for this rule." : $"More information is needed: {string.Join(", ", facts)}.");

            fingerprint.Fields($"eligibility.rule.{rule.Id}")
                .Field("enabled", enabled)
                .Field("outcome", outcome)
                .Field("contraindication", rule.Contraindication)
                .Field("provenance", rule.Provenance)
                .Field("text", rule.Text)
                .Field("rationale", rule.Rationale)
                .Field("citation", rule.Citation)
                .Field("missingText", missingText)
                .Field("facts", facts);
            if (!enabled)
            {
                continue;
            }

            var fired = new EligibilityNote(rule.Id, outcome, RuleState.Fired, rule.Text, rule.Rationale, rule.Provenance, rule.Citation, rule.Contraindication, facts);
            var missing = new EligibilityNote(rule.Id, EligibilityOutcome.NeedsInformation, RuleState.MissingInformation, missingText, rule.Rationale, rule.Provenance, rule.Citation, rule.Contraindication, facts);
            compiled.Add(new CompiledRule(rule.Condition, fired, missing, new RuleDescriptor(rule.Id, rule.Text, rule.Rationale, rule.Provenance, rule.Citation)));
        }

        return new EligibilityRuleSet([.. compiled], options.MinimumAgeYears, components);
    }
}
