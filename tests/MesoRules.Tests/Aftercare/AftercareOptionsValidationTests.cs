using MesoRules.Aftercare;
using MesoRules.Policy;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Aftercare;

public class AftercareOptionsValidationTests
{
    [Fact]
    public void Validation_lists_every_aftercare_failure_with_member_value_and_allowed_range()
    {
        var options = new MesoRulesOptions();
        IDictionary<string, AftercareRuleOptions> r = options.Aftercare.Rules;
        r["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(-1), Recommended = TimeSpan.FromDays(31) };
        r["Alcohol"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(48), Recommended = TimeSpan.FromHours(24) };
        r["Tanning"] = new AftercareRuleOptions();
        r["aftercare.sun"] = new AftercareRuleOptions();
        r["Exercise"] = new AftercareRuleOptions { Reason = "  " };
        options.Aftercare.Texts["aftercare.exercise.guidance"] = "";
        r["HairWashing"] = null!;
        r["Touching"] = new AftercareRuleOptions { Minimum = TimeSpan.Zero };

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));

        Assert.Equal(
            [
                "MesoRules:Aftercare:Rules:Alcohol:Minimum: 2.00:00:00 is above Recommended 1.00:00:00; allowed: Minimum <= Recommended.",
                "MesoRules:Aftercare:Rules:Exercise:Reason: must not be null or blank.",
                "MesoRules:Aftercare:Rules:HairWashing: must not be null.",
                "MesoRules:Aftercare:Rules:Sun:Minimum: -01:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00.",
                "MesoRules:Aftercare:Rules:Sun:Recommended: 31.00:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00.",
                "MesoRules:Aftercare:Rules:Tanning: 'Tanning' names no aftercare rule; allowed: an activity name (Touching, Sun, TopicalProducts, Exercise, Swimming, HarshHairProducts, Alcohol, HairWashing) or its rule id (aftercare.touching, aftercare.sun, aftercare.topical-products, aftercare.exercise, aftercare.swimming, aftercare.harsh-hair-products, aftercare.alcohol, aftercare.hair-washing), or a guidance rule id (aftercare.guidance.gentle-shampoo, aftercare.guidance.gentle-method, aftercare.guidance.no-pressure, aftercare.guidance.rinse-fully, aftercare.guidance.practitioner-instructions, aftercare.guidance.contact-clinic).",
                "MesoRules:Aftercare:Rules:Touching:Minimum: 00:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00.",
                "MesoRules:Aftercare:Rules:aftercare.sun: 'aftercare.sun' names the same rule as 'Sun'; each rule may be set once.",
                "MesoRules:Aftercare:Texts:aftercare.exercise.guidance: must not be null or blank.",
            ],
            ex.Failures);
    }

    [Fact]
    public void The_validator_reports_aftercare_failures_too()
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Rules["Swimming"] = new AftercareRuleOptions { Recommended = TimeSpan.FromDays(40) };

        ValidateOptionsResult result = new MesoRulesOptionsValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Equal(["MesoRules:Aftercare:Rules:Swimming:Recommended: 40.00:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00."], result.Failures);
    }

    [Fact]
    public void Durations_of_exactly_30_days_are_accepted()
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Rules["Sun"] = new AftercareRuleOptions { Minimum = AftercareOptions.WindowRange.Max, Recommended = AftercareOptions.WindowRange.Max };
        Assert.Equal(TimeSpan.FromDays(30), new AftercareEngine(MesoRulesPolicy.Create(options)).Restrictions[(int)AftercareActivity.Sun].Minimum);
    }

    public static TheoryData<string, Action<AftercareOptions>> Changes => new()
    {
        { "sun minimum", o => o.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(49) } },
        { "sun recommended", o => o.Rules["Sun"] = new AftercareRuleOptions { Recommended = TimeSpan.FromHours(72) } },
        { "one tick", o => o.Rules["HairWashing"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(4) + TimeSpan.FromTicks(1) } },
        { "switched off", o => o.Rules["Alcohol"] = new AftercareRuleOptions { Enabled = false, Reason = "Clinic protocol" } },
        { "guidance", o => o.Texts["aftercare.exercise.guidance"] = "No gym." },
        { "title", o => o.Texts["aftercare.exercise.title"] = "Sport" },
        { "guidance item", o => o.Texts[AftercareRuleIds.RinseFully + ".text"] = "Rinse well." },
        { "guidance item off", o => o.Rules[AftercareRuleIds.RinseFully] = new AftercareRuleOptions { Enabled = false } },
        { "sheet heading", o => o.Texts["aftercare.sheet.general-care"] = "Allgemeine Pflege" },
        { "reason", o => o.Rules["Exercise"] = new AftercareRuleOptions { Reason = "Clinic protocol." } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void The_policy_version_changes_when_any_aftercare_setting_changes(string change, Action<AftercareOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options.Aftercare);

        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);

        Assert.False(MesoRulesPolicy.Default.Version == policy.Version, change);
        Assert.Equal(policy.Version, new AftercareEngine(policy).Schedule([AftercareTestData.SessionEnd]).PolicyVersion);
    }

    [Fact]
    public void Setting_a_restriction_to_its_default_values_keeps_the_policy_version()
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(48), Recommended = TimeSpan.FromHours(48) };
        Assert.Equal(MesoRulesPolicy.Default.Version, MesoRulesPolicy.Create(options).Version);
    }

    [Fact]
    public void The_canonical_text_lists_every_aftercare_rule()
    {
        string text = MesoRulesPolicy.Default.CanonicalText;
        foreach (AftercareRestriction restriction in new AftercareEngine().Restrictions)
        {
            Assert.Contains($"aftercare.restriction.{restriction.RuleId}.enabled=true\naftercare.restriction.{restriction.RuleId}.minimum={restriction.Minimum.Ticks}\naftercare.restriction.{restriction.RuleId}.recommended={restriction.Recommended.Ticks}\n", text, StringComparison.Ordinal);
        }

        Assert.Contains("aftercare.guidance.aftercare.guidance.contact-clinic.text=", text, StringComparison.Ordinal);
    }
}
