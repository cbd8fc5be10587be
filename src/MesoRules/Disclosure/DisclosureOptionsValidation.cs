using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>Disclosure's own checks of <see cref="DisclosureOptions"/>, every failure listed with the member, the value and what is allowed.</summary>
internal static class DisclosureOptionsValidation
{
    public static void Validate(DisclosureOptions options, string prefix, OptionsFailures failures)
    {
        ClinicKeys.CheckSwitches(
            options.Rules,
            static r => r.Enabled,
            $"{prefix}:{nameof(DisclosureOptions.Rules)}",
            failures,
            "disclosure",
            DisclosureRuleSet.BuiltInIds,
            [DisclosureRuleIds.Consent],
            "a disclosure always shows the general statement, the six risks, the alternatives and the signs to watch for");
        DisclosureRuleSet.Catalog.Validate(options.Texts, $"{prefix}:{nameof(DisclosureOptions.Texts)}", failures);
        DisclosureRuleSet.Catalog.ValidateTranslations(options.Translations, $"{prefix}:{nameof(DisclosureOptions.Translations)}", failures);
    }
}
