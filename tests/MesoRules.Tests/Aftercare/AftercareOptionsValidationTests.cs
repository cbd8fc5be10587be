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
        IDictionary<string, AftercareRestrictionOptions> r = options.Aftercare.Restrictions;
        r["Sun"] = new AftercareRestrictionOptions { Minimum = TimeSpan.FromHours(-1), Recommended = TimeSpan.FromDays(31) };
        r["Alcohol"] = new AftercareRestrictionOptions { Minimum = TimeSpan.FromHours(48), Recommended = TimeSpan.FromHours(24) };
        r["Tanning"] = new AftercareRestrictionOptions();
        r["aftercare.sun"] = new AftercareRestrictionOptions();
        r["Exercise"] = new AftercareRestrictionOptions { Guidance = "", Reason = "  " };
        r["HairWashing"] = null!;
        r["Touching"] = new AftercareRestrictionOptions { Minimum = TimeSpan.Zero };

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));

        Assert.Equal(
            [
                "MesoRules:Aftercare:Restrictions:Alcohol:Minimum: 2.00:00:00 is above Recommended 1.00:00:00; allowed: Minimum <= Recommended.",
                "MesoRules:Aftercare:Restrictions:Exercise:Guidance: must not be null or blank.",
                "MesoRules:Aftercare:Restrictions:Exercise:Reason: must not be null or blank.",
                "MesoRules:Aftercare:Restrictions:HairWashing: must not be null.",
                "MesoRules:Aftercare:Restrictions:Sun:Minimum: -01:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00.",
                "MesoRules:Aftercare:Restrictions:Sun:Recommended: 31.00:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00.",
                "MesoRules:Aftercare:Restrictions:Tanning: 'Tanning' names no aftercare restriction; allowed: an activity name (Touching, Sun, TopicalProducts, Exercise, Swimming, HarshHairProducts, Alcohol, HairWashing) or its rule id (aftercare.touching, aftercare.sun, aftercare.topical-products, aftercare.exercise, aftercare.swimming, aftercare.harsh-hair-products, aftercare.alcohol, aftercare.hair-washing).",
                "MesoRules:Aftercare:Restrictions:Touching:Minimum: 00:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00.",
                "MesoRules:Aftercare:Restrictions:aftercare.sun: 'aftercare.sun' names the same restriction as 'Sun'; each restriction may be set once.",
            ],
            ex.Failures);
    }

    [Fact]
    public void The_validator_reports_aftercare_failures_too()
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Restrictions["Swimming"] = new AftercareRestrictionOptions { Recommended = TimeSpan.FromDays(40) };

        ValidateOptionsResult result = new MesoRulesOptionsValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Equal(["MesoRules:Aftercare:Restrictions:Swimming:Recommended: 40.00:00:00 is outside the allowed range: greater than 00:00:00 and at most 30.00:00:00."], result.Failures);
    }

    [Fact]
    public void A_null_restrictions_dictionary_is_a_failure()
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Restrictions = null!;
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal(["MesoRules:Aftercare:Restrictions: must not be null."], ex.Failures);
    }

    [Fact]
    public void Durations_of_exactly_30_days_are_accepted()
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Restrictions["Sun"] = new AftercareRestrictionOptions { Minimum = AftercareOptions.WindowRange.Max, Recommended = AftercareOptions.WindowRange.Max };
        Assert.Equal(TimeSpan.FromDays(30), new AftercareEngine(MesoRulesPolicy.Create(options)).Restrictions[(int)AftercareActivity.Sun].Minimum);
    }

    public static TheoryData<string, Action<AftercareOptions>> Changes => new()
    {
        { "sun minimum", o => o.Restrictions["Sun"] = new AftercareRestrictionOptions { Minimum = TimeSpan.FromHours(49) } },
        { "sun recommended", o => o.Restrictions["Sun"] = new AftercareRestrictionOptions { Recommended = TimeSpan.FromHours(72) } },
        { "one tick", o => o.Restrictions["HairWashing"] = new AftercareRestrictionOptions { Minimum = TimeSpan.FromHours(4) + TimeSpan.FromTicks(1) } },
        { "switched off", o => o.Restrictions["Alcohol"] = new AftercareRestrictionOptions { Enabled = false } },
        { "guidance", o => o.Restrictions["Exercise"] = new AftercareRestrictionOptions { Guidance = "No gym." } },
        { "reason", o => o.Restrictions["Exercise"] = new AftercareRestrictionOptions { Reason = "Clinic protocol." } },
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
        options.Aftercare.Restrictions["Sun"] = new AftercareRestrictionOptions { Minimum = TimeSpan.FromHours(48), Recommended = TimeSpan.FromHours(48) };
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
