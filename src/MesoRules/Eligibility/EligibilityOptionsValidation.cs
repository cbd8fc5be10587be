using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>Eligibility's own checks of <see cref="EligibilityOptions"/>, every failure listed with the member, the value and what is allowed.</summary>
internal static class EligibilityOptionsValidation
{
    public static void Validate(EligibilityOptions options, string prefix, OptionsFailures failures)
    {
        failures.Range($"{prefix}:{nameof(EligibilityOptions.MinimumAgeYears)}", options.MinimumAgeYears, EligibilityOptions.MinimumAgeRange);
        SafetyFloor.Check(
            failures,
            $"{prefix}:{nameof(EligibilityOptions.MinimumAgeReason)}",
            options.MinimumAgeYears < EligibilityOptions.FloorMinimumAgeYears && EligibilityOptions.MinimumAgeRange.Contains(options.MinimumAgeYears),
            options.MinimumAgeReason,
            $"A minimum age of {options.MinimumAgeYears} (below {EligibilityOptions.FloorMinimumAgeYears})");

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

        var ids = new HashSet<string>(EligibilityRuleSet.BuiltInIds, StringComparer.Ordinal);
        MedicineClassValidation.Validate(options.MedicineClasses, $"{prefix}:{nameof(EligibilityOptions.MedicineClasses)}", ids, failures);
        if (options.CustomRules is null)
        {
            failures.NotNull($"{prefix}:{nameof(EligibilityOptions.CustomRules)}", null);
        }
        else
        {
            for (int i = 0; i < options.CustomRules.Count; i++)
            {
                CustomRule(options.CustomRules[i], $"{prefix}:{nameof(EligibilityOptions.CustomRules)}:{i}", ids, failures);
            }
        }

        ClinicKeys.Check(
            options.Rules,
            $"{prefix}:{nameof(EligibilityOptions.Rules)}",
            failures,
            key => ids.Contains(key.ToLowerInvariant()) ? key.ToLowerInvariant() : null,
            key => $"'{key}' names no eligibility rule; allowed: the id of a built-in rule (see EligibilityRuleIds) or of a custom rule.",
            (entry, member) =>
            {
                if (entry.Value.Outcome is EligibilityOutcome outcome)
                {
                    failures.Defined($"{member}:{nameof(EligibilityRuleOptions.Outcome)}", outcome);
                }

                Floor(entry.Id, entry.Value, member, options, failures);
            });

        if (options.CustomRules is not null)
        {
            TextCatalog catalog = EligibilityRuleSet.Catalog(EligibilityRuleSet.AllRules(options, IngredientNames.Shipped).Where(r => r is { Text: not null } && RuleIdSyntax.IsValid(r.Id)));
            catalog.Validate(options.Texts, $"{prefix}:{nameof(EligibilityOptions.Texts)}", failures);
            catalog.ValidateTranslations(options.Translations, $"{prefix}:{nameof(EligibilityOptions.Translations)}", failures);
        }
    }

    /// <summary>
    /// The safety floor over one rule's setting (<see cref="FloorRule"/>): switching it off, or giving it a less restrictive
    /// outcome, needs the clinic's reason; an absolute contraindication given any outcome but <see cref="EligibilityOutcome.NotEligible"/>
    /// other than its own needs one too (a specialist's referral or a deferral is no stricter than "not now").
    /// </summary>
    private static void Floor(string? id, EligibilityRuleOptions setting, string member, EligibilityOptions options, OptionsFailures failures)
    {
        EligibilityRule? rule = id is null ? null : FloorRule(id, options);
        bool regraded = setting.Outcome is EligibilityOutcome outcome && Enum.IsDefined(outcome) && rule is not null && outcome != rule.Outcome
            && (outcome < rule.Outcome || (rule.Contraindication == ContraindicationKind.Absolute && outcome != EligibilityOutcome.NotEligible));
        bool relaxes = rule is not null && (setting.Enabled == false || regraded);
        string what = setting.Enabled == false ? $"Switching off '{id}'" : $"Another outcome for '{id}'";
        SafetyFloor.Check(failures, $"{member}:{nameof(EligibilityRuleOptions.Reason)}", relaxes, setting.Reason, what);
    }

    /// <summary>
    /// The rule <paramref name="id"/> names when the safety floor covers it: an absolute contraindication (built-in, or a
    /// clinic rule marked so), a rule that asks rather than passes (the contradiction checks, disclosure required), or a
    /// rule a shipped medicine class feeds, which switching off would let the class's medicines pass unread.
    /// </summary>
    private static EligibilityRule? FloorRule(string id, EligibilityOptions options)
    {
        if (id is EligibilityRuleIds.MedicineContradictsAnswer or EligibilityRuleIds.PregnancyPossibleContradictsAnswer or EligibilityRuleIds.DisclosureRequired
            || MedicineCatalog.Shipped.Classes.Any(c => c.RuleId == id))
        {
            return BuiltIn(id);
        }

        EligibilityRule? rule = BuiltIn(id) ?? options.CustomRules?.FirstOrDefault(r => r is not null && r.Id == id);
        return rule is { Contraindication: ContraindicationKind.Absolute } ? rule : null;
    }

    private static EligibilityRule? BuiltIn(string id) => EligibilityRuleSet.ShippedRules.FirstOrDefault(r => r.Id == id);

    private static void CustomRule(EligibilityRule? rule, string member, HashSet<string> ids, OptionsFailures failures)
    {
        if (rule is null)
        {
            failures.NotNull(member, rule);
            return;
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
