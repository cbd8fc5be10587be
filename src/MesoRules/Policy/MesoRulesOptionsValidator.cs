using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using Microsoft.Extensions.Options;

namespace MesoRules.Policy;

/// <summary>
/// Validates <see cref="MesoRulesOptions"/>, listing every failure with the member (as a configuration
/// path such as <c>MesoRules:Eligibility:MinimumAgeYears</c>), the bad value and what is allowed.
/// </summary>
internal sealed class MesoRulesOptionsValidator : IValidateOptions<MesoRulesOptions>
{
    // The last options this validator accepted, so that a policy provider that has just had them built (and so
    // validated) by the options factory need not validate them again.
    private MesoRulesOptions? _accepted;

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, MesoRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsFailures failures = Collect(options);
        if (failures.Any)
        {
            return ValidateOptionsResult.Fail(failures.Items);
        }

        Volatile.Write(ref _accepted, options);
        return ValidateOptionsResult.Success;
    }

    /// <summary>Forgets which options were accepted: call it before having options built, then ask <see cref="Accepted"/>.</summary>
    internal void Forget() => Volatile.Write(ref _accepted, null);

    /// <summary>
    /// Whether this very instance was accepted since the last <see cref="Forget"/> (and forgets it). A build on another
    /// thread in between only makes the answer <see langword="false"/>, which costs a second validation, never a skipped one.
    /// </summary>
    internal bool Accepted(MesoRulesOptions options) => ReferenceEquals(Interlocked.Exchange(ref _accepted, null), options);

    internal static OptionsFailures Collect(MesoRulesOptions options)
    {
        var failures = new OptionsFailures();
        foreach (string failure in options.BindingFailures)
        {
            failures.Add(failure);
        }

        const string prefix = MesoRulesOptions.SectionName;
        failures.NotBlank($"{prefix}:{nameof(MesoRulesOptions.PolicyName)}", options.PolicyName, MesoRulesOptions.PolicyNameLength);
        IngredientOptions.Validate(options.Ingredients, $"{prefix}:{nameof(MesoRulesOptions.Ingredients)}", failures);
        Feature(options.Eligibility, $"{prefix}:{nameof(MesoRulesOptions.Eligibility)}", failures, EligibilityOptionsValidation.Validate);
        Feature(options.Aftercare, $"{prefix}:{nameof(MesoRulesOptions.Aftercare)}", failures, AftercareOptionsValidation.Validate);
        Feature(options.Disclosure, $"{prefix}:{nameof(MesoRulesOptions.Disclosure)}", failures, DisclosureOptionsValidation.Validate);
        Feature(options.Planning, $"{prefix}:{nameof(MesoRulesOptions.Planning)}", failures, PlanningOptionsValidation.Validate);
        RuleIdsAcrossFeatures(options.Eligibility, $"{prefix}:{nameof(MesoRulesOptions.Eligibility)}", failures);
        return failures;
    }

    /// <summary>A feature's section: a <see langword="null"/> one is a failure, any other gets the feature's own checks.</summary>
    private static void Feature<T>(T? options, string member, OptionsFailures failures, Action<T, string, OptionsFailures> validate)
        where T : class
    {
        if (options is null)
        {
            failures.NotNull(member, null);
            return;
        }

        validate(options, member, failures);
    }

    /// <summary>The built-in rule ids of each feature, by feature; no id stands in two features (a test holds them to it).</summary>
    internal static IReadOnlyList<(string Feature, IReadOnlyList<string> Ids)> BuiltInRuleIds { get; } =
    [
        ("eligibility", EligibilityRuleSet.BuiltInIds),
        ("aftercare", AftercareRuleSet.BuiltInIds),
        ("planning", PlanningRuleSet.BuiltInIds),
        ("disclosure", DisclosureRuleSet.BuiltInIds),
    ];

    /// <summary>
    /// Rule ids are unique across the policy. Each feature checks its own; across features, only a clinic's eligibility
    /// rule can take another feature's id, and that is a failure naming the feature.
    /// </summary>
    private static void RuleIdsAcrossFeatures(EligibilityOptions? eligibility, string prefix, OptionsFailures failures)
    {
        if (eligibility?.CustomRules is not { } custom)
        {
            return;
        }

        for (int i = 0; i < custom.Count; i++)
        {
            if (custom[i]?.Id is not { } id)
            {
                continue;
            }

            foreach ((string feature, IReadOnlyList<string> ids) in BuiltInRuleIds)
            {
                if (feature != "eligibility" && ids.Contains(id, StringComparer.Ordinal))
                {
                    failures.Add(
                        $"{prefix}:{nameof(EligibilityOptions.CustomRules)}:{i}:{nameof(EligibilityRule.Id)}",
                        $"'{id}' is the id of a built-in {feature} rule; every rule id must be unique across the policy.");
                }
            }
        }
    }
}
