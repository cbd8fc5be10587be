using MesoRules.Aftercare;
using MesoRules.Policy;
using MesoRules.Core;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

public class AftercareDefaultWindowTests
{
    public static TheoryData<AftercareActivity, string, int, int> Defaults => new()
    {
        { AftercareActivity.Touching, "aftercare.touching", 3, 6 },
        { AftercareActivity.Sun, "aftercare.sun", 48, 48 },
        { AftercareActivity.TopicalProducts, "aftercare.topical-products", 24, 24 },
        { AftercareActivity.Exercise, "aftercare.exercise", 24, 48 },
        { AftercareActivity.Swimming, "aftercare.swimming", 72, 72 },
        { AftercareActivity.HarshHairProducts, "aftercare.harsh-hair-products", 72, 72 },
        { AftercareActivity.Alcohol, "aftercare.alcohol", 24, 48 },
        { AftercareActivity.HairWashing, "aftercare.hair-washing", 4, 24 },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Each_default_window_has_the_documented_minimum_and_recommended_hours(AftercareActivity activity, string ruleId, int minimumHours, int recommendedHours)
    {
        AftercareWindow window = Engine.Schedule([SessionEnd]).WindowFor(activity)!;

        Assert.Equal(ruleId, window.RuleId);
        Assert.Equal(SessionEnd, window.Start);
        Assert.Equal(SessionEnd.AddHours(minimumHours), window.MinimumEnd);
        Assert.Equal(SessionEnd.AddHours(recommendedHours), window.RecommendedEnd);
        Assert.False(window.IsPractitionerInstruction);
        Assert.Null(window.OverrideReason);
    }

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Each_default_window_answers_not_yet_then_caution_then_allowed_at_its_edges(AftercareActivity activity, string ruleId, int minimumHours, int recommendedHours)
    {
        DateTimeOffset minimumEnd = SessionEnd.AddHours(minimumHours);
        DateTimeOffset recommendedEnd = SessionEnd.AddHours(recommendedHours);
        AftercareStatus atMinimum = minimumHours == recommendedHours ? AftercareStatus.Allowed : AftercareStatus.AllowedWithCaution;

        Assert.Equal(AftercareStatus.NotYet, Engine.Check(activity, SessionEnd, [SessionEnd]).Status);
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(activity, minimumEnd - Tick, [SessionEnd]).Status);
        Assert.Equal(atMinimum, Engine.Check(activity, minimumEnd, [SessionEnd]).Status);
        Assert.Equal(
            minimumHours == recommendedHours ? AftercareStatus.NotYet : AftercareStatus.AllowedWithCaution,
            Engine.Check(activity, recommendedEnd - Tick, [SessionEnd]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(activity, recommendedEnd, [SessionEnd]).Status);

        AftercareCheck check = Engine.Check(activity, SessionEnd.AddMinutes(1), [SessionEnd]);
        Assert.Equal(ruleId, check.RuleId);
        Assert.Equal(minimumEnd, check.AllowedWithCautionFrom);
        Assert.Equal(recommendedEnd, check.AllowedFrom);
        Assert.Equal(SessionEnd, check.SessionEnd);
        Assert.Equal(MesoRulesPolicy.Default.Version, check.PolicyVersion);
    }

    [Fact]
    public void Touching_the_treated_area_is_not_yet_allowed_2_hours_59_minutes_after_the_session() =>
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Touching, SessionEnd.AddMinutes(179), [SessionEnd]).Status);

    [Fact]
    public void Touching_the_treated_area_is_allowed_with_caution_4_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.AllowedWithCaution, Engine.Check(AftercareActivity.Touching, SessionEnd.AddHours(4), [SessionEnd]).Status);

    [Fact]
    public void Sun_exposure_is_not_yet_allowed_47_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Sun, SessionEnd.AddHours(47), [SessionEnd]).Status);

    [Fact]
    public void Sun_exposure_is_allowed_exactly_48_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, SessionEnd.AddHours(48), [SessionEnd]).Status);

    [Fact]
    public void Topical_products_are_not_yet_allowed_23_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.TopicalProducts, SessionEnd.AddHours(23), [SessionEnd]).Status);

    [Fact]
    public void Intense_exercise_is_allowed_with_caution_30_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.AllowedWithCaution, Engine.Check(AftercareActivity.Exercise, SessionEnd.AddHours(30), [SessionEnd]).Status);

    [Fact]
    public void Swimming_is_not_yet_allowed_71_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Swimming, SessionEnd.AddHours(71), [SessionEnd]).Status);

    [Fact]
    public void Hair_dye_is_allowed_72_hours_after_the_session() =>
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.HarshHairProducts, SessionEnd.AddHours(72), [SessionEnd]).Status);

    [Fact]
    public void Alcohol_is_allowed_with_caution_between_24_and_48_hours_after_the_session()
    {
        Assert.Equal(AftercareStatus.AllowedWithCaution, Engine.Check(AftercareActivity.Alcohol, SessionEnd.AddHours(24), [SessionEnd]).Status);
        Assert.Equal(AftercareStatus.AllowedWithCaution, Engine.Check(AftercareActivity.Alcohol, SessionEnd.AddHours(48) - Tick, [SessionEnd]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Alcohol, SessionEnd.AddHours(48), [SessionEnd]).Status);
    }

    [Fact]
    public void Hair_washing_is_not_yet_allowed_3_hours_after_the_session_and_allowed_with_caution_after_4() =>
        Assert.Equal(
            [AftercareStatus.NotYet, AftercareStatus.AllowedWithCaution, AftercareStatus.Allowed],
            new[] { 3, 4, 24 }.Select(h => Engine.Check(AftercareActivity.HairWashing, SessionEnd.AddHours(h), [SessionEnd]).Status));

    [Fact]
    public void A_check_lists_when_it_becomes_allowed_with_caution_and_allowed()
    {
        AftercareCheck check = Engine.Check(AftercareActivity.Exercise, SessionEnd.AddHours(1), [SessionEnd]);

        Assert.Equal(AftercareStatus.NotYet, check.Status);
        Assert.Equal(SessionEnd.AddHours(24), check.AllowedWithCautionFrom);
        Assert.Equal(SessionEnd.AddHours(48), check.AllowedFrom);
    }

    [Fact]
    public void Every_restriction_cites_the_source_faq_and_explains_its_rationale()
    {
        foreach (AftercareRestriction restriction in Engine.Restrictions)
        {
            Assert.Equal(Provenance.SourceFaq, restriction.Provenance);
            Assert.StartsWith("Source FAQ: '", restriction.Citation, StringComparison.Ordinal);
            Assert.True(RuleIdSyntax.IsValid(restriction.RuleId));
            Assert.Equal(AftercareRuleIds.For(restriction.Activity), restriction.RuleId);
            Assert.False(string.IsNullOrWhiteSpace(restriction.Guidance));
            Assert.False(string.IsNullOrWhiteSpace(restriction.Rationale));
            Assert.False(string.IsNullOrWhiteSpace(restriction.Title));
            Assert.True(restriction.Enabled);
        }

        Assert.Equal(Enum.GetValues<AftercareActivity>(), Engine.Restrictions.Select(r => r.Activity));
    }

    [Theory]
    [InlineData(AftercareActivity.Touching)]
    [InlineData(AftercareActivity.Swimming)]
    [InlineData(AftercareActivity.HarshHairProducts)]
    [InlineData(AftercareActivity.HairWashing)]
    public void Defaults_the_source_gives_no_figure_for_are_marked_as_the_librarys_own_choice(AftercareActivity activity) =>
        Assert.Contains("library's own choice", Engine.Restrictions[(int)activity].Rationale, StringComparison.Ordinal);

    [Fact]
    public void Hair_washing_cites_the_faq_question_on_washing() =>
        Assert.Equal("Source FAQ: 'Can I wash my hair after mesotherapy?'", Engine.Restrictions[(int)AftercareActivity.HairWashing].Citation);

    [Fact]
    public void Guidance_without_a_window_covers_shampoo_method_pressure_rinsing_and_contacting_the_clinic()
    {
        Assert.Equal(
            [
                AftercareRuleIds.GentleShampoo,
                AftercareRuleIds.GentleMethod,
                AftercareRuleIds.NoPressure,
                AftercareRuleIds.RinseFully,
                AftercareRuleIds.PractitionerInstructions,
                AftercareRuleIds.ContactClinic,
            ],
            Engine.Guidance.Select(g => g.RuleId));
        Assert.All(Engine.Guidance, g =>
        {
            Assert.True(RuleIdSyntax.IsValid(g.RuleId));
            Assert.Equal(Provenance.SourceFaq, g.Provenance);
            Assert.NotNull(g.Citation);
        });
    }

    [Fact]
    public void The_policy_lists_every_aftercare_rule()
    {
        string[] ids = [.. MesoRulesPolicy.Default.Rules.Select(r => r.Id)];
        Assert.All(Engine.Restrictions, r => Assert.Contains(r.RuleId, ids));
        Assert.All(Engine.Guidance, g => Assert.Contains(g.RuleId, ids));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_schedule_lists_every_window_in_activity_order_with_the_guidance_and_policy_version()
    {
        AftercareSchedule schedule = Engine.Schedule([SessionEnd]);

        Assert.Equal(Enum.GetValues<AftercareActivity>(), schedule.Windows.Select(w => w.Activity));
        Assert.Equal(Engine.Guidance, schedule.Guidance);
        Assert.Equal(MesoRulesPolicy.Default.Version, schedule.PolicyVersion);
        Assert.Equal(SessionEnd, schedule.SessionEnd);
        Assert.Equal(SessionEnd.AddHours(72), schedule.AllAllowedFrom);
    }

    [Fact]
    public void Rule_ids_are_the_documented_constants()
    {
        Assert.Equal("aftercare.sun", AftercareRuleIds.For(AftercareActivity.Sun));
        Assert.Equal("aftercare.hair-washing", AftercareRuleIds.For(AftercareActivity.HairWashing));
        Assert.Throws<ArgumentOutOfRangeException>("activity", () => AftercareRuleIds.For((AftercareActivity)8));
    }
}
