using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Tests.Policy;

/// <summary>
/// Absolute contraindications, the checks of answers against each other, the minimum age of 18 and the shipped aftercare
/// minimums are a floor: a clinic goes below it only with a recorded reason (domain digest, section 6: "Clinic settings").
/// </summary>
public class SafetyFloorTests
{
    private const string Reason = "Medical director's decision 2026-11, minutes 14";

    /// <summary>
    /// The rules the floor covers: the absolute contraindications, the rules that ask rather than pass, and the rules a
    /// shipped medicine class feeds (switching one off would let the class's medicines pass unread).
    /// </summary>
    public static TheoryData<string> FloorRules =>
    [
        Pregnancy, Breastfeeding, ScalpInfection, AnaphylaxisToComponent, AllergyToComponent, Minor, CancerTreatment,
        MedicineContradictsAnswer, PregnancyPossibleContradictsAnswer, DisclosureRequired, Anticoagulants, Immunosuppression, SystemicRetinoid,
    ];

    [Theory]
    [InlineData(Pregnancy, EligibilityOutcome.ReferToSpecialist, true)] // a referral can approve treatment during pregnancy
    [InlineData(Pregnancy, EligibilityOutcome.NotEligible, false)]
    [InlineData(ScalpInfection, EligibilityOutcome.NotEligible, false)]
    [InlineData(Anticoagulants, EligibilityOutcome.EligibleWithCautions, true)]
    [InlineData(Anticoagulants, EligibilityOutcome.NotEligible, false)]
    [InlineData(KeloidTendency, EligibilityOutcome.Eligible, false)] // relative, fed by no medicine class
    public void Which_outcomes_need_a_reason(string ruleId, EligibilityOutcome outcome, bool needsReason)
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[ruleId] = new EligibilityRuleOptions { Outcome = outcome };
        Assert.Equal(needsReason, MesoRulesOptionsValidator.Collect(options).Any);
    }

    [Fact]
    public void A_reason_without_a_letter_or_digit_is_refused()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[Pregnancy] = new EligibilityRuleOptions { Enabled = false, Reason = "." };
        Assert.Equal([$"MesoRules:Eligibility:Rules:{Pregnancy}:Reason: a reason must say something: it holds no letter or digit."], Failures(options));
    }

    private static string[] Failures(MesoRulesOptions options) =>
        [.. Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures];

    [Theory]
    [MemberData(nameof(FloorRules))]
    public void Switching_off_a_floor_rule_needs_a_reason_which_the_policy_then_shows(string ruleId)
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[ruleId] = new EligibilityRuleOptions { Enabled = false };
        Assert.Equal(
            [$"MesoRules:Eligibility:Rules:{ruleId}:Reason: Switching off '{ruleId}' is below the safety floor; give the clinic's reason in MesoRules:Eligibility:Rules:{ruleId}:Reason (1 to 500 characters)."],
            Failures(options));

        options.Eligibility.Rules[ruleId].Reason = Reason;
        var policy = MesoRulesPolicy.Create(options);
        Assert.DoesNotContain(policy.Rules, r => r.Id == ruleId);
        RuleDescriptor off = policy.SwitchedOffRules.Single(r => r.Id == ruleId);
        Assert.Equal(Reason, off.ClinicReason);
        Assert.Contains($"clinicReason={Reason}", policy.CanonicalText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Pregnancy, EligibilityOutcome.EligibleWithCautions)]
    [InlineData(AnaphylaxisToComponent, EligibilityOutcome.Deferred)]
    [InlineData(Minor, EligibilityOutcome.ReferToSpecialist)]
    [InlineData(CancerTreatment, EligibilityOutcome.Eligible)]
    public void A_milder_outcome_for_a_floor_rule_needs_a_reason_which_its_notes_then_carry(string ruleId, EligibilityOutcome milder)
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[ruleId] = new EligibilityRuleOptions { Outcome = milder };
        Assert.Single(Failures(options), f => f.StartsWith($"MesoRules:Eligibility:Rules:{ruleId}:Reason: Another outcome for '{ruleId}'", StringComparison.Ordinal));

        options.Eligibility.Rules[ruleId].Reason = Reason;
        var policy = MesoRulesPolicy.Create(options);
        Assert.Equal(Reason, policy.Rules.Single(r => r.Id == ruleId).ClinicReason);
        Assert.All(policy.EligibilityRules.Rules.Where(r => r.Fired.RuleId == ruleId), r =>
        {
            Assert.Equal(Reason, r.Fired.ClinicReason);
            Assert.Equal(Reason, r.Missing.ClinicReason);
        });
    }

    [Fact]
    public void A_stricter_outcome_for_a_floor_rule_and_any_change_to_a_relative_rule_need_no_reason()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[Pregnancy] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.NotEligible };
        options.Eligibility.Rules[Immunosuppression] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.Deferred };
        options.Eligibility.Rules[KeloidTendency] = new EligibilityRuleOptions { Enabled = false };
        options.Eligibility.Rules[Diabetes] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.Eligible };
        Assert.Null(MesoRulesPolicy.Create(options).SwitchedOffRules.Single().ClinicReason);
    }

    [Fact]
    public void A_clinic_rule_marked_absolute_is_under_the_floor_too()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.CustomRules.Add(new EligibilityRule
        {
            Id = "clinic.scalp-tattoo",
            Outcome = EligibilityOutcome.NotEligible,
            Contraindication = ContraindicationKind.Absolute,
            Text = "t",
            Rationale = "r",
            Condition = _ => RuleState.Silent,
        });
        options.Eligibility.Rules["clinic.scalp-tattoo"] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.Eligible };
        Assert.Single(Failures(options), f => f.StartsWith("MesoRules:Eligibility:Rules:clinic.scalp-tattoo:Reason:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(19, true)]
    [InlineData(0, false)]
    public void A_minimum_age_below_18_needs_a_reason_shown_on_the_minor_notes(int age, bool allowed)
    {
        var options = new MesoRulesOptions { Eligibility = { MinimumAgeYears = age } };
        if (allowed)
        {
            Assert.Empty(MesoRulesOptionsValidator.Collect(options).Items);
            Assert.Null(MesoRulesPolicy.Create(options).Rules.Single(r => r.Id == Minor).ClinicReason);
            return;
        }

        Assert.Equal(
            [$"MesoRules:Eligibility:MinimumAgeReason: A minimum age of {age} (below 18) is below the safety floor; give the clinic's reason in MesoRules:Eligibility:MinimumAgeReason (1 to 500 characters)."],
            Failures(options));
        options.Eligibility.MinimumAgeReason = Reason;
        var engine = new EligibilityEngine(MesoRulesPolicy.Create(options));
        EligibilityNote note = engine.Assess(SamplePatients.Clear.With(p => p.AgeYears = null)).Notes.Single(n => n.RuleId == Minor);
        Assert.Equal(Reason, note.ClinicReason);
    }

    [Theory]
    [InlineData("Sun", 47, null, false)] // shipped minimum 48 h
    [InlineData("Sun", 48, null, true)]
    [InlineData("Sun", null, 47, false)] // a recommended window below the minimum pulls the minimum down
    [InlineData("Touching", 2, null, false)]
    [InlineData("Swimming", 72, null, true)]
    public void An_aftercare_minimum_below_the_shipped_one_needs_a_reason(string activity, int? minimumHours, int? recommendedHours, bool allowed)
    {
        var options = new MesoRulesOptions();
        options.Aftercare.Rules[activity] = new AftercareRuleOptions
        {
            Minimum = minimumHours is int m ? TimeSpan.FromHours(m) : null,
            Recommended = recommendedHours is int r ? TimeSpan.FromHours(r) : null,
        };
        if (allowed)
        {
            Assert.Empty(MesoRulesOptionsValidator.Collect(options).Items);
            Assert.Null(MesoRulesPolicy.Create(options).Rules.Single(x => x.Id == $"aftercare.{activity.ToLowerInvariant()}").ClinicReason);
            return;
        }

        Assert.Single(Failures(options), f => f.StartsWith($"MesoRules:Aftercare:Rules:{activity}:Reason: A minimum window below the shipped", StringComparison.Ordinal));
        options.Aftercare.Rules[activity].Reason = Reason;
        Assert.Equal(Reason, MesoRulesPolicy.Create(options).Rules.Single(x => x.Id == $"aftercare.{activity.ToLowerInvariant()}").ClinicReason);
    }

    [Fact]
    public void Start_up_lists_every_setting_below_the_floor_and_a_reload_below_it_is_rejected()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MesoRules:Eligibility:MinimumAgeYears"] = "16",
            ["MesoRules:Eligibility:Rules:eligibility.pregnancy:Enabled"] = "false",
            ["MesoRules:Aftercare:Rules:Sun:Enabled"] = "false",
        }).Build();
        using ServiceProvider sp = new ServiceCollection().AddMesoRules(config.GetSection("MesoRules")).BuildServiceProvider();
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IMesoRulesPolicyProvider>());
        Assert.Equal(3, ex.Failures.Count(f => f.Contains("below the safety floor", StringComparison.Ordinal)));

        var reloadable = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MesoRules:PolicyName"] = "north" }).Build();
        using ServiceProvider sp2 = new ServiceCollection().AddMesoRules(reloadable.GetSection("MesoRules")).BuildServiceProvider();
        var provider = sp2.GetRequiredService<MonitoredPolicyProvider>();
        OptionsValidationException? rejected = null;
        provider.PolicyRejected += (_, e) => rejected = e;
        string before = provider.Current.Version;
        reloadable["MesoRules:Eligibility:Rules:eligibility.cancer-treatment:Outcome"] = "Eligible";
        reloadable.Reload();
        Assert.Equal(before, provider.Current.Version);
        Assert.Contains(rejected!.Failures, f => f.StartsWith("MesoRules:Eligibility:Rules:eligibility.cancer-treatment:Reason:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_or_too_long_reason_is_refused_and_a_reason_changes_the_version()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[Pregnancy] = new EligibilityRuleOptions { Enabled = false, Reason = " \u200B" };
        options.Eligibility.Rules[Breastfeeding] = new EligibilityRuleOptions { Enabled = false, Reason = new string('x', 501) };
        string[] failures = Failures(options);
        Assert.Contains($"MesoRules:Eligibility:Rules:{Pregnancy}:Reason: must not be null or blank.", failures);
        Assert.Contains($"MesoRules:Eligibility:Rules:{Breastfeeding}:Reason: 501 characters is outside the allowed length 1..500.", failures);

        string Version(string reason) => MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { Rules = { [Pregnancy] = new EligibilityRuleOptions { Enabled = false, Reason = reason } } } }).Version;
        Assert.NotEqual(Version("a"), Version("b"));
    }

    private static Gen<(string Rule, EligibilityRuleOptions Setting)> Relaxation =>
        from rule in Gen.Elements(Pregnancy, Breastfeeding, ScalpInfection, AnaphylaxisToComponent, AllergyToComponent, Minor, CancerTreatment, MedicineContradictsAnswer, PregnancyPossibleContradictsAnswer, DisclosureRequired, Anticoagulants, Immunosuppression, SystemicRetinoid)
        let own = EligibilityRuleSetOutcome(rule)
        from setting in Gen.OneOf(
            Gen.Constant(new EligibilityRuleOptions { Enabled = false }),
            Gen.Elements(Enum.GetValues<EligibilityOutcome>().Where(o => o < own).ToArray()).Select(o => new EligibilityRuleOptions { Outcome = o }),
            Gen.Elements(Enum.GetValues<EligibilityOutcome>().Where(o => o < own).ToArray()).Select(o => new EligibilityRuleOptions { Enabled = false, Outcome = o }))
        select (rule, setting);

    private static EligibilityOutcome EligibilityRuleSetOutcome(string rule) =>
        MesoRulesPolicy.Default.EligibilityRules.Rules.Single(r => r.Fired.RuleId == rule).Fired.Outcome;

    [Property(MaxTest = 200)]
    public Property Relaxing_a_floor_rule_without_a_reason_always_fails_validation_and_with_one_never_does() =>
        Prop.ForAll(Relaxation.ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (relax, withReason) =>
        {
            var options = new MesoRulesOptions();
            relax.Setting.Reason = withReason ? Reason : null;
            options.Eligibility.Rules[relax.Rule] = relax.Setting;
            bool failed = MesoRulesOptionsValidator.Collect(options).Any;
            return failed != withReason;
        });
}
