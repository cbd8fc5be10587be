using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Eligibility;
using MesoRules.Policy;

namespace MesoRules.Tests.Policy;

public class PolicyVersionTests
{
    /// <summary>
    /// The default policy's version, committed so that any change to a default setting or rule text is a
    /// deliberate one. Update it (and say why in the change) when the defaults change on purpose.
    /// </summary>
    private const string DefaultVersion = "cd5057dbb3c59b3b";

    [Fact]
    public void The_default_policy_version_is_the_committed_one_in_every_process()
    {
        Assert.Equal(DefaultVersion, MesoRulesPolicy.Default.Version);
    }

    [Fact]
    public void The_version_is_sixteen_lower_case_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{16}$", MesoRulesPolicy.Default.Version);
    }

    [Fact]
    public void Equal_settings_give_equal_versions()
    {
        string first = MesoRulesPolicy.Create(new MesoRulesOptions()).Version;
        string second = MesoRulesPolicy.Create(new MesoRulesOptions()).Version;
        Assert.Equal(first, second);
    }

    public static TheoryData<string> Changes => ["policyName", "minimumAge", "components", "disable", "outcome", "custom"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_of_a_setting_changes_the_version(string change)
    {
        var options = new MesoRulesOptions();
        switch (change)
        {
            case "policyName": options.PolicyName = "north"; break;
            case "minimumAge": options.Eligibility.MinimumAgeYears = 21; break;
            case "components": options.Eligibility.PregnancyAvoidanceComponents = ["dutasteride"]; break;
            case "disable": options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new RuleOverride { Enabled = false }; break;
            case "outcome": options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new RuleOverride { Outcome = EligibilityOutcome.Deferred }; break;
            case "custom":
                options.Eligibility.CustomRules.Add(new EligibilityRule { Id = "clinic.x", Outcome = EligibilityOutcome.Eligible, Text = "t", Rationale = "r", Condition = _ => RuleState.Silent });
                break;
        }

        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
    }

    [Fact]
    public void An_override_that_restates_the_default_keeps_the_version()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new RuleOverride { Enabled = true, Outcome = EligibilityOutcome.EligibleWithCautions };
        Assert.Equal(MesoRulesPolicy.Default.Version, MesoRulesPolicy.Create(options).Version);
    }

    [Property(MaxTest = 100)]
    public Property Versions_are_equal_exactly_when_the_effective_settings_are_equal() =>
        Prop.ForAll(
            Gen.Choose(0, 100).Two().ToArbitrary(),
            ages =>
            {
                string a = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { MinimumAgeYears = ages.Item1 } }).Version;
                string b = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { MinimumAgeYears = ages.Item2 } }).Version;
                return (a == b) == (ages.Item1 == ages.Item2);
            });

    [Fact]
    public void The_canonical_text_is_culture_invariant()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(DefaultVersion, MesoRulesPolicy.Create(new MesoRulesOptions()).Version);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
