using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Policy;

/// <summary>
/// The one rule the four features follow (docs/policy.md): a rule switched off gives nothing and is not listed in
/// <see cref="MesoRulesPolicy.Rules"/>; a rule the clinic rewords or re-grades says the clinic's words, has provenance
/// Clinic and keeps its original citation; every text is reworded the same way, by id, and validated the same way.
/// </summary>
public class RuleOptionsTests
{
    private static readonly DateTimeOffset SessionEnd = new(2026, 5, 12, 10, 0, 0, TimeSpan.FromHours(2));

    /// <summary>A patient for whom every rule below gives something: a keloid tendency, an unasked pregnancy question.</summary>
    private static readonly PatientProfile Patient = SamplePatients.Clear.With(it1 => { it1.Health = SamplePatients.Clear.Health.With(it0 => { it0.KeloidTendency = Answer.Yes; it0.Pregnancy = Answer.Unknown; }); });

    private static readonly PlanRequest Request = new()
    {
        Patient = SamplePatients.Clear,
        CourseStart = new DateOnly(2026, 3, 2),
        TimeZone = TimeZoneInfo.Utc,
    };

    /// <summary>What a result shows of one rule: its text, provenance and citation; <see langword="null"/> when the rule gave nothing.</summary>
    public sealed record Shown(string Text, Provenance Provenance, string? Citation);

    private static Shown? Note(MesoRulesPolicy policy, string ruleId) =>
        new EligibilityEngine(policy).Assess(Patient).Notes.SingleOrDefault(n => n.RuleId == ruleId) is { } n ? new(n.Text, n.Provenance, n.Citation) : null;

    private static Shown? Window(MesoRulesPolicy policy, AftercareActivity activity)
    {
        var engine = new AftercareEngine(policy);
        AftercareRestriction restriction = engine.Restrictions[(int)activity];
        return engine.Schedule([SessionEnd]).WindowFor(activity) is { } w ? new(w.Guidance, restriction.Provenance, restriction.Citation) : null;
    }

    private static Shown? Guidance(MesoRulesPolicy policy, string ruleId) =>
        new AftercareEngine(policy).Schedule([SessionEnd]).Guidance.SingleOrDefault(g => g.RuleId == ruleId) is { } g ? new(g.Text, g.Provenance, g.Citation) : null;

    private static Shown? FollowUp(MesoRulesPolicy policy) =>
        new SessionPlanner(policy).Plan(Request).FollowUp is { } f ? new(f.Text, f.Provenance, f.Citation) : null;

    private static Shown? Finding(MesoRulesPolicy policy, string ruleId, PlanRequest? request = null) =>
        new SessionPlanner(policy).Plan(request ?? Request).Findings.FirstOrDefault(f => f.RuleId == ruleId) is { } f ? new(f.Text, f.Provenance, f.Citation) : null;

    private static Shown? Risk(MesoRulesPolicy policy, string ruleId)
    {
        DisclosedRisk risk = new DisclosureEngine(policy, TimeProvider.System).Disclose(Patient).GetRisk(ruleId);
        return new(risk.Text, risk.Provenance, risk.Citation);
    }

    private static Shown? SignTitle(MesoRulesPolicy policy, string ruleId) =>
        new DisclosureEngine(policy, TimeProvider.System).Disclose(Patient).WarningSigns.Single(s => s.RuleId == ruleId) is var s ? new(s.Title, s.Provenance, s.Citation) : null;

    public static TheoryData<string, string, string, string, Func<MesoRulesPolicy, Shown?>> Rewordings => new()
    {
        { EligibilityRuleIds.KeloidTendency, "eligibility.keloid.text", "Narbenneigung: Vorsicht.", "Narbenneigung: Vorsicht.", p => Note(p, EligibilityRuleIds.KeloidTendency) },
        { EligibilityRuleIds.Pregnancy, "eligibility.pregnancy.question", "Sind Sie schwanger?", "Sind Sie schwanger?", p => Note(p, EligibilityRuleIds.Pregnancy) },
        { AftercareRuleIds.Sun, "aftercare.sun.guidance", "Keine Sonne.", "Keine Sonne.", p => Window(p, AftercareActivity.Sun) },
        { AftercareRuleIds.RinseFully, "aftercare.guidance.rinse-fully.text", "Gründlich spülen.", "Gründlich spülen.", p => Guidance(p, AftercareRuleIds.RinseFully) },
        { PlanningRuleIds.FollowUp, "planning.follow-up.text", "Kontrolle am {date}, {weeks} Wochen nach dem {last}.", "Kontrolle am 2026-07-06, 12 Wochen nach dem 2026-04-13.", FollowUp },
        { PlanningRuleIds.InitialCount, "planning.initial-count.text", "{total} Sitzungen.", "5 Sitzungen.", p => Finding(p, PlanningRuleIds.InitialCount) },
        { DisclosureRuleIds.Infection, "disclosure.risk.infection.text", "Eine Infektion ist möglich.", "Eine Infektion ist möglich.", p => Risk(p, DisclosureRuleIds.Infection) },
        { DisclosureRuleIds.LateScarring, "disclosure.late-sign.scarring.title", "Narben, auch später", "Narben, auch später", p => SignTitle(p, DisclosureRuleIds.LateScarring) },
    };

    [Theory]
    [MemberData(nameof(Rewordings))]
    public void A_reworded_rule_shows_the_clinic_wording_with_provenance_clinic_and_its_original_citation_in_every_feature(
        string ruleId, string textId, string reworded, string expected, Func<MesoRulesPolicy, Shown?> observe)
    {
        var options = new MesoRulesOptions();
        TextsOf(options, ruleId)[textId] = reworded;
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);

        Shown library = observe(MesoRulesPolicy.Default)!;
        Shown clinic = observe(policy)!;

        Assert.NotEqual(Provenance.Clinic, library.Provenance);
        Assert.Equal(new Shown(expected, Provenance.Clinic, library.Citation), clinic);
        Assert.Equal(reworded, policy.Texts[textId]);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
        RuleDescriptor listed = Assert.Single(policy.Rules, r => r.Id == ruleId);
        Assert.Equal((Provenance.Clinic, MesoRulesPolicy.Default.Rules.Single(r => r.Id == ruleId).Citation), (listed.Provenance, listed.Citation));
    }

    [Theory]
    [MemberData(nameof(Rewordings))]
    public void A_rewording_that_restates_the_library_text_changes_nothing(
        string ruleId, string textId, string reworded, string expected, Func<MesoRulesPolicy, Shown?> observe)
    {
        _ = (reworded, expected);
        var options = new MesoRulesOptions();
        TextsOf(options, ruleId)[textId] = MesoRulesPolicy.Default.Texts[textId];
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);

        Assert.Equal(observe(MesoRulesPolicy.Default), observe(policy));
        Assert.Equal(MesoRulesPolicy.Default.Version, policy.Version);
    }

    public static TheoryData<string, Action<MesoRulesOptions>, Func<MesoRulesPolicy, Shown?>> Switches => new()
    {
        { EligibilityRuleIds.KeloidTendency, o => o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Enabled = false }, p => Note(p, EligibilityRuleIds.KeloidTendency) },
        { AftercareRuleIds.Sun, o => o.Aftercare.Rules["sun"] = new AftercareRuleOptions { Enabled = false, Reason = "Clinic protocol" }, p => Window(p, AftercareActivity.Sun) },
        { AftercareRuleIds.RinseFully, o => o.Aftercare.Rules[AftercareRuleIds.RinseFully] = new AftercareRuleOptions { Enabled = false }, p => Guidance(p, AftercareRuleIds.RinseFully) },
        { PlanningRuleIds.FollowUp, o => o.Planning.Rules[PlanningRuleIds.FollowUp] = new PlanningRuleOptions { Enabled = false }, FollowUp },
        { DisclosureRuleIds.Consent, o => o.Disclosure.Rules[DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = false }, p => Finding(p, DisclosureRuleIds.Consent) },
    };

    [Theory]
    [MemberData(nameof(Switches))]
    public void A_switched_off_rule_gives_nothing_and_is_not_listed_in_the_policy_in_every_feature(string ruleId, Action<MesoRulesOptions> switchOff, Func<MesoRulesPolicy, Shown?> observe)
    {
        var options = new MesoRulesOptions();
        switchOff(options);
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);

        Assert.NotNull(observe(MesoRulesPolicy.Default));
        Assert.Contains(MesoRulesPolicy.Default.Rules, r => r.Id == ruleId);
        Assert.Null(observe(policy));
        Assert.DoesNotContain(policy.Rules, r => r.Id == ruleId);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
    }

    [Fact]
    public void A_rule_off_by_default_is_not_listed_until_it_is_switched_on()
    {
        PlanRequest gap = Request.With(it2 => { it2.Visits = [new CourseVisit(new DateOnly(2026, 1, 5)), new CourseVisit(new DateOnly(2026, 2, 9))]; it2.CourseStart = new DateOnly(2026, 1, 5); it2.Today = new DateOnly(2026, 2, 10); });
        var options = new MesoRulesOptions { Planning = { Rules = { [PlanningRuleIds.ExtraSession] = new PlanningRuleOptions { Enabled = true } } } };
        MesoRulesPolicy on = MesoRulesPolicy.Create(options);

        Assert.DoesNotContain(MesoRulesPolicy.Default.Rules, r => r.Id == PlanningRuleIds.ExtraSession);
        Assert.Null(Finding(MesoRulesPolicy.Default, PlanningRuleIds.ExtraSession, gap));
        Assert.Contains(on.Rules, r => r.Id == PlanningRuleIds.ExtraSession);
        Assert.Equal(Provenance.Clinic, Finding(on, PlanningRuleIds.ExtraSession, gap)!.Provenance);
    }

    public static TheoryData<string, Action<MesoRulesOptions>, Func<MesoRulesPolicy, Shown?>> Regradings => new()
    {
        { EligibilityRuleIds.KeloidTendency, o => o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.ReferToSpecialist }, p => Note(p, EligibilityRuleIds.KeloidTendency) },
        { EligibilityRuleIds.PregnancyAvoidanceComponent, o => o.Eligibility.PregnancyAvoidanceComponents = ["dutasteride", "minoxidil"], p => new EligibilityEngine(p).Assess(Patient.With(it3 => { it3.Formulation = new Formulation("mix", ["minoxidil"]); })).Notes.SingleOrDefault(n => n.RuleId == EligibilityRuleIds.PregnancyAvoidanceComponent) is { } n ? new(n.Text, n.Provenance, n.Citation) : null },
        { AftercareRuleIds.Sun, o => o.Aftercare.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromDays(3), Recommended = TimeSpan.FromDays(3) }, p => Window(p, AftercareActivity.Sun) },
        { PlanningRuleIds.InitialCount, o => o.Planning.ModerateInitialSessions = 6, p => Finding(p, PlanningRuleIds.InitialCount) },
        { PlanningRuleIds.FollowUp, o => o.Planning.FollowUpWeeks = 8, FollowUp },
    };

    [Theory]
    [MemberData(nameof(Regradings))]
    public void A_rule_the_clinic_re_grades_or_decides_with_its_own_numbers_has_provenance_clinic_and_keeps_its_citation(string ruleId, Action<MesoRulesOptions> regrade, Func<MesoRulesPolicy, Shown?> observe)
    {
        var options = new MesoRulesOptions();
        regrade(options);
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);

        Shown clinic = observe(policy)!;
        RuleDescriptor library = MesoRulesPolicy.Default.Rules.Single(r => r.Id == ruleId);
        Assert.NotEqual(Provenance.Clinic, library.Provenance);
        Assert.Equal((Provenance.Clinic, library.Citation), (clinic.Provenance, clinic.Citation));
        Assert.Equal(Provenance.Clinic, policy.Rules.Single(r => r.Id == ruleId).Provenance);
    }

    public static TheoryData<string, string> Features => new()
    {
        { "Eligibility", "eligibility.pregnancy.text" },
        { "Aftercare", "aftercare.sun.title" },
        { "Planning", "planning.review.text" },
        { "Disclosure", "disclosure.risk.pain.title" },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Validation_refuses_blank_rewordings_unknown_text_ids_and_unknown_rule_ids_alike_in_every_feature(string feature, string textId)
    {
        var options = new MesoRulesOptions();
        string lower = feature.ToLowerInvariant();
        IDictionary<string, string> texts = TextsOf(options, textId);
        texts[textId] = " \u200b";
        texts[$"{lower}.no-such-rule.text"] = "x";
        RulesOf(options, lower);

        string[] failures = [.. Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures];

        Assert.Contains($"MesoRules:{feature}:Texts:{textId}: must not be null or blank.", failures);
        Assert.Contains(failures, f => f.StartsWith($"MesoRules:{feature}:Texts:{lower}.no-such-rule.text: '{lower}.no-such-rule.text' names no {lower} text; allowed", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"MesoRules:{feature}:Rules:{lower}.no-such-rule: '{lower}.no-such-rule' names no {lower} rule; allowed", StringComparison.Ordinal));
        Assert.Equal(3, failures.Length);
    }

    [Theory]
    [InlineData("Follow-up on {datum}.", "{datum} is not a placeholder of this text; allowed: {date}, {weeks}, {last}, {signs}.")]
    [InlineData("Follow-up on {date.", "a '{' must open a placeholder such as {date}; write '{{' for a brace; the placeholders of this text are {date}, {weeks}, {last}, {signs}.")]
    [InlineData("Follow-up on date}.", "a '}' must close a placeholder such as {date}; write '}}' for a brace; the placeholders of this text are {date}, {weeks}, {last}, {signs}.")]
    public void A_reworded_template_may_use_only_the_placeholders_of_the_library_text(string text, string problem)
    {
        var options = new MesoRulesOptions { Planning = { Texts = { ["planning.follow-up.text"] = text } } };
        Assert.Equal(
            [$"MesoRules:Planning:Texts:planning.follow-up.text: {problem}"],
            Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures);
    }

    [Fact]
    public void A_template_may_leave_out_placeholders_and_write_braces_doubled()
    {
        var options = new MesoRulesOptions { Planning = { Texts = { ["planning.follow-up.text"] = "Check-up {{late}} on {date}." } } };
        Assert.Equal("Check-up {late} on 2026-07-06.", FollowUp(MesoRulesPolicy.Create(options))!.Text);
    }

    [Theory]
    [InlineData(PlanningRuleIds.Interval)]
    [InlineData(PlanningRuleIds.EligibilityGate)]
    [InlineData(PlanningRuleIds.PatientActivity)]
    public void A_planning_rule_every_course_is_planned_by_cannot_be_switched_off(string ruleId)
    {
        var options = new MesoRulesOptions { Planning = { Rules = { [ruleId] = new PlanningRuleOptions { Enabled = false } } } };
        Assert.Equal(
            [$"MesoRules:Planning:Rules:{ruleId}:Enabled: '{ruleId}' cannot be switched off: every course is planned by it; the rules of this feature a clinic can switch are planning.extra-session, planning.follow-up."],
            Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures);
    }

    [Fact]
    public void The_policy_lists_every_text_by_id_in_the_wording_in_force()
    {
        EveryFeatureAndRuleHasTexts(MesoRulesPolicy.Default.Texts);
        Assert.Equal("General care", MesoRulesPolicy.Default.Texts["aftercare.sheet.general-care"]);
        Assert.Equal("Likelihood", MesoRulesPolicy.Default.Texts["disclosure.label.likelihood"]);
        Assert.Equal("mild", MesoRulesPolicy.Default.Texts["planning.severity.mild"]);
        Assert.Equal("sun", MesoRulesPolicy.Default.Texts["planning.activity.sun"]);
        Assert.All(MesoRulesPolicy.Default.Texts.Keys, id => Assert.True(RuleIdSyntax.IsValid(id), id));

        var options = new MesoRulesOptions { Aftercare = { Texts = { ["AFTERCARE.SHEET.GENERAL-CARE"] = "Allgemeine Pflege" } } };
        Assert.Equal("Allgemeine Pflege", MesoRulesPolicy.Create(options).Texts["aftercare.sheet.general-care"]);
    }

    [Fact]
    public void The_planners_words_are_reworded_as_any_text()
    {
        var options = new MesoRulesOptions { Planning = { Texts = { ["planning.severity.moderate"] = "mittelschweren", ["planning.interval.text"] = "Alle {interval} Tage bei {severity} Haarausfall." } } };
        Assert.Equal("Alle 10 Tage bei mittelschweren Haarausfall.", Finding(MesoRulesPolicy.Create(options), PlanningRuleIds.Interval)!.Text);
    }

    private static void EveryFeatureAndRuleHasTexts(System.Collections.Immutable.ImmutableSortedDictionary<string, string> texts)
    {
        foreach (string prefix in new[] { "eligibility.", "aftercare.", "planning.", "disclosure." })
        {
            Assert.Contains(texts.Keys, id => id.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.All(MesoRulesPolicy.Default.Rules.Where(r => !r.Id.StartsWith("disclosure.", StringComparison.Ordinal)), r => Assert.Contains(texts.Keys, id => id.StartsWith(r.Id + ".", StringComparison.Ordinal)));
    }

    private static IDictionary<string, string> TextsOf(MesoRulesOptions options, string id) => id.Split('.')[0] switch
    {
        "eligibility" => options.Eligibility.Texts,
        "aftercare" => options.Aftercare.Texts,
        "planning" => options.Planning.Texts,
        _ => options.Disclosure.Texts,
    };

    private static void RulesOf(MesoRulesOptions options, string feature)
    {
        string id = $"{feature}.no-such-rule";
        switch (feature)
        {
            case "eligibility": options.Eligibility.Rules[id] = new EligibilityRuleOptions(); break;
            case "aftercare": options.Aftercare.Rules[id] = new AftercareRuleOptions(); break;
            case "planning": options.Planning.Rules[id] = new PlanningRuleOptions(); break;
            default: options.Disclosure.Rules[id] = new DisclosureRuleOptions(); break;
        }
    }
}
