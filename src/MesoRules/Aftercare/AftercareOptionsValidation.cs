using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>Aftercare's own checks of <see cref="AftercareOptions"/>, every failure listed with the member, the value and what is allowed.</summary>
internal static class AftercareOptionsValidation
{
    public static void Validate(AftercareOptions options, string prefix, OptionsFailures failures)
    {
        ClinicKeys.Check(options.Rules, $"{prefix}:{nameof(AftercareOptions.Rules)}", failures, AftercareRuleSet.IdOf, Unknown, (entry, member) => Rule(entry, member, failures));
        AftercareRuleSet.Catalog.Validate(options.Texts, $"{prefix}:{nameof(AftercareOptions.Texts)}", failures);
        AftercareRuleSet.Catalog.ValidateTranslations(options.Translations, $"{prefix}:{nameof(AftercareOptions.Translations)}", failures);
    }

    private static string Unknown(string key) =>
        $"'{key}' names no aftercare rule; allowed: {AftercareActivities.AllowedKeys}, or a guidance rule id ({string.Join(", ", DefaultAftercareRules.Guidance.Select(g => g.RuleId))}).";

    private static void Rule(ClinicKey<AftercareRuleOptions> entry, string member, OptionsFailures failures)
    {
        AftercareRuleOptions value = entry.Value;
        if (entry.Id is { } id && AftercareActivities.FromKey(id) is null)
        {
            // Guidance: a switch only.
            foreach ((string name, bool set) in new[] { (nameof(AftercareRuleOptions.Minimum), value.Minimum is not null), (nameof(AftercareRuleOptions.Recommended), value.Recommended is not null), (nameof(AftercareRuleOptions.Reason), value.Reason is not null) })
            {
                if (set)
                {
                    failures.Add($"{member}:{name}", "guidance has no window; Minimum, Recommended and Reason apply to restrictions only.");
                }
            }

            return;
        }

        bool minimumValid = Duration(failures, $"{member}:{nameof(AftercareRuleOptions.Minimum)}", value.Minimum);
        bool recommendedValid = Duration(failures, $"{member}:{nameof(AftercareRuleOptions.Recommended)}", value.Recommended);
        if (minimumValid && recommendedValid && value.Minimum is { } min && value.Recommended is { } rec && min > rec)
        {
            failures.Add(
                $"{member}:{nameof(AftercareRuleOptions.Minimum)}",
                $"{AftercareArguments.Format(min)} is above Recommended {AftercareArguments.Format(rec)}; allowed: Minimum <= Recommended.");
        }

        // The safety floor: a window shorter than the shipped minimum (set directly, or through a recommended window below
        // it) or a restriction switched off needs the clinic's reason.
        TimeSpan floor = entry.Id is { } rule ? DefaultAftercareRules.Restrictions.First(r => r.RuleId == rule).Minimum : TimeSpan.Zero;
        bool shorter = minimumValid && recommendedValid && (value.Minimum ?? value.Recommended) is { } window && window < floor;
        SafetyFloor.Check(
            failures,
            $"{member}:{nameof(AftercareRuleOptions.Reason)}",
            shorter || value.Enabled == false,
            value.Reason,
            value.Enabled == false ? $"Switching off '{entry.Id}'" : $"A minimum window below the shipped {AftercareArguments.Format(floor)} for '{entry.Id}'");
    }

    private static bool Duration(OptionsFailures failures, string member, TimeSpan? value)
    {
        if (value is { } v && !AftercareOptions.WindowRange.Contains(v))
        {
            failures.Range(member, v, AftercareOptions.WindowRange);
            return false;
        }

        return true;
    }
}
