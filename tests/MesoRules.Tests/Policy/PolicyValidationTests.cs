using MesoRules.Eligibility;
using MesoRules.Policy;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Policy;

public class PolicyValidationTests
{
    [Fact]
    public void Default_options_are_valid()
    {
        Assert.True(new MesoRulesOptionsValidator().Validate(null, new MesoRulesOptions()).Succeeded);
    }

    [Fact]
    public void Validation_lists_every_failure_with_member_value_and_allowed_range()
    {
        var options = new MesoRulesOptions { PolicyName = " " };
        options.Eligibility.MinimumAgeYears = 150;
        options.Eligibility.PregnancyAvoidanceComponents = ["dutasteride", ""];
        options.Eligibility.Rules["eligibility.keloid"] = new EligibilityRuleOptions { Outcome = (EligibilityOutcome)9 };
        options.Eligibility.CustomRules.Add(new EligibilityRule { Id = "Bad Id", Outcome = EligibilityOutcome.Eligible, Text = "", Rationale = "r", Condition = null! });

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));

        Assert.Equal(
            [
                "MesoRules:PolicyName: must not be null or blank.",
                "MesoRules:Eligibility:MinimumAgeYears: 150 is outside the allowed range 0..100.",
                "MesoRules:Eligibility:PregnancyAvoidanceComponents:1: must not be null or blank.",
                "MesoRules:Eligibility:CustomRules:0:Id: 'Bad Id' is not a valid rule id; allowed: 1 to 100 characters of dot-separated segments of a-z, 0-9 and '-'.",
                "MesoRules:Eligibility:CustomRules:0:Text: must not be null or blank.",
                "MesoRules:Eligibility:CustomRules:0:Condition: must not be null.",
                "MesoRules:Eligibility:Rules:eligibility.keloid:Outcome: 9 is not a defined EligibilityOutcome value; allowed: Eligible, EligibleWithCautions, NeedsInformation, Deferred, ReferToSpecialist, NotEligible.",
            ],
            ex.Failures);
        Assert.Equal(typeof(MesoRulesOptions), ex.OptionsType);
    }

    [Fact]
    public void The_validator_reports_the_same_failures_as_policy_creation()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.MinimumAgeYears = -1;
        ValidateOptionsResult result = new MesoRulesOptionsValidator().Validate(Options.DefaultName, options);
        Assert.True(result.Failed);
        Assert.Equal(["MesoRules:Eligibility:MinimumAgeYears: -1 is outside the allowed range 0..100."], result.Failures);
    }

    [Fact]
    public void Null_sections_are_failures_not_null_reference_exceptions()
    {
        var options = new MesoRulesOptions { Eligibility = null!, Aftercare = null! };
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Contains("MesoRules:Eligibility: must not be null.", ex.Failures);
        Assert.Contains("MesoRules:Aftercare: must not be null.", ex.Failures);
    }

    [Fact]
    public void A_snapshot_ignores_later_changes_to_its_options()
    {
        var options = new MesoRulesOptions();
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
        options.Eligibility.MinimumAgeYears = 21;
        options.Eligibility.Rules[EligibilityRuleIds.Minor] = new EligibilityRuleOptions { Enabled = false };
        Assert.Equal(18, policy.EligibilityRules.MinimumAgeYears);
        Assert.Contains(policy.Rules, r => r.Id == EligibilityRuleIds.Minor);
        Assert.Equal(MesoRulesPolicy.Default.Version, policy.Version);
    }

    [Theory]
    [InlineData("disclosure.consent", "disclosure")]
    [InlineData("planning.follow-up", "planning")]
    [InlineData("aftercare.sun", "aftercare")]
    [InlineData("aftercare.guidance.contact-clinic", "aftercare")]
    [InlineData("disclosure.risk.infection", "disclosure")]
    public void A_clinic_rule_taking_another_features_rule_id_fails_validation_naming_that_feature(string id, string feature)
    {
        var options = new MesoRulesOptions();
        options.Eligibility.CustomRules.Add(new EligibilityRule { Id = id, Outcome = EligibilityOutcome.Eligible, Text = "t", Rationale = "r", Condition = _ => RuleState.Silent });
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal([$"MesoRules:Eligibility:CustomRules:0:Id: '{id}' is the id of a built-in {feature} rule; every rule id must be unique across the policy."], ex.Failures);
    }

    [Fact]
    public void No_built_in_rule_id_stands_in_two_features_and_each_starts_with_its_features_name()
    {
        string[] all = [.. MesoRulesOptionsValidator.BuiltInRuleIds.SelectMany(f => f.Ids)];
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(MesoRulesOptionsValidator.BuiltInRuleIds, f => Assert.All(f.Ids, id => Assert.StartsWith($"{f.Feature}.", id, StringComparison.Ordinal)));
        Assert.Equal(4, MesoRulesOptionsValidator.BuiltInRuleIds.Count);
    }
}
