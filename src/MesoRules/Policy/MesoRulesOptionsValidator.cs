using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;
using Microsoft.Extensions.Options;

using MesoRules.Core;

namespace MesoRules.Policy;

/// <summary>
/// Validates <see cref="MesoRulesOptions"/>, listing every failure with the member (as a configuration
/// path such as <c>MesoRules:Eligibility:MinimumAgeYears</c>), the bad value and what is allowed.
/// </summary>
public sealed class MesoRulesOptionsValidator : IValidateOptions<MesoRulesOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, MesoRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsFailures failures = Collect(options);
        return failures.Any ? ValidateOptionsResult.Fail(failures.Items) : ValidateOptionsResult.Success;
    }

    internal static OptionsFailures Collect(MesoRulesOptions options)
    {
        var failures = new OptionsFailures();
        foreach (string failure in options.BindingFailures)
        {
            failures.Add(failure);
        }

        const string prefix = MesoRulesOptions.SectionName;
        failures.NotBlank($"{prefix}:{nameof(MesoRulesOptions.PolicyName)}", options.PolicyName, MesoRulesOptions.PolicyNameLength);
        EligibilityRuleSet.Validate(options.Eligibility, $"{prefix}:{nameof(MesoRulesOptions.Eligibility)}", failures);
        AftercareRuleSet.Validate(options.Aftercare, $"{prefix}:{nameof(MesoRulesOptions.Aftercare)}", failures);
        DisclosureRuleSet.Validate(options.Disclosure, $"{prefix}:{nameof(MesoRulesOptions.Disclosure)}", failures);
        PlanningRuleSet.Validate(options.Planning, $"{prefix}:{nameof(MesoRulesOptions.Planning)}", failures);
        return failures;
    }
}
