using MesoRules.Aftercare;
using MesoRules.Policy;
using MesoRules.Core;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

public class AftercareOverrideTests
{
    [Fact]
    public void A_clinic_can_lengthen_a_window_by_activity_name()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromDays(3), Recommended = TimeSpan.FromDays(7), Reason = "Summer protocol" });

        AftercareRestriction sun = engine.Restrictions[(int)AftercareActivity.Sun];
        Assert.Equal(TimeSpan.FromDays(3), sun.Minimum);
        Assert.Equal(TimeSpan.FromDays(7), sun.Recommended);
        Assert.Equal(Provenance.Clinic, sun.Provenance);
        Assert.Equal("Summer protocol", sun.ClinicReason);
        Assert.Equal(AftercareStatus.AllowedWithCaution, engine.Check(AftercareActivity.Sun, SessionEnd.AddDays(3), [SessionEnd]).Status);
    }

    [Fact]
    public void A_clinic_can_name_a_restriction_by_its_rule_id_in_any_case()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["aftercare.alcohol"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(12), Reason = "Clinic protocol" });
        AftercareEngine sameByName = EngineWith(o => o.Rules["alcohol"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(12), Reason = "Clinic protocol" });

        Assert.Equal(TimeSpan.FromHours(12), engine.Restrictions[(int)AftercareActivity.Alcohol].Minimum);
        Assert.Equal(TimeSpan.FromHours(48), engine.Restrictions[(int)AftercareActivity.Alcohol].Recommended);
        Assert.Equal(engine.Schedule([SessionEnd]).PolicyVersion, sameByName.Schedule([SessionEnd]).PolicyVersion);
    }

    [Fact]
    public void An_unset_recommended_duration_rises_to_a_clinic_minimum_above_the_default()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(72) });
        AftercareRestriction sun = engine.Restrictions[(int)AftercareActivity.Sun];
        Assert.Equal((TimeSpan.FromHours(72), TimeSpan.FromHours(72)), (sun.Minimum, sun.Recommended));
    }

    [Fact]
    public void An_unset_minimum_falls_to_a_clinic_recommended_duration_below_the_default()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["Touching"] = new AftercareRuleOptions { Recommended = TimeSpan.FromHours(2), Reason = "Clinic protocol" });
        AftercareRestriction touching = engine.Restrictions[(int)AftercareActivity.Touching];
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromHours(2)), (touching.Minimum, touching.Recommended));
    }

    [Fact]
    public void A_clinic_can_switch_a_restriction_off()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["Alcohol"] = new AftercareRuleOptions { Enabled = false, Reason = "Clinic protocol" });

        Assert.Null(engine.Schedule([SessionEnd]).WindowFor(AftercareActivity.Alcohol));
        Assert.Equal(7, engine.Schedule([SessionEnd]).Windows.Length);
        AftercareCheck check = engine.Check(AftercareActivity.Alcohol, SessionEnd, [SessionEnd]);
        Assert.Equal(AftercareStatus.Allowed, check.Status);
        Assert.Null(check.AllowedFrom);
        Assert.DoesNotContain(MesoRulesPolicy.Create(Options(o => o.Rules["Alcohol"] = new AftercareRuleOptions { Enabled = false, Reason = "Clinic protocol" })).Rules, r => r.Id == AftercareRuleIds.Alcohol);
        Assert.False(engine.Restrictions[(int)AftercareActivity.Alcohol].Enabled);
    }

    [Fact]
    public void A_clinic_can_replace_the_guidance_text()
    {
        AftercareEngine engine = EngineWith(o => o.Texts["aftercare.exercise.guidance"] = "No gym for two days.");
        Assert.Equal("No gym for two days.", engine.Schedule([SessionEnd]).WindowFor(AftercareActivity.Exercise)!.Guidance);
        Assert.Equal(Provenance.Clinic, engine.Restrictions[(int)AftercareActivity.Exercise].Provenance);
    }

    [Fact]
    public void A_practitioner_may_lengthen_a_window_without_a_reason()
    {
        AftercareInstruction longer = new(AftercareActivity.Swimming, TimeSpan.FromDays(7), TimeSpan.FromDays(10));

        AftercareWindow window = Engine.Schedule([SessionEnd], [longer]).WindowFor(AftercareActivity.Swimming)!;

        Assert.Equal(SessionEnd.AddDays(7), window.MinimumEnd);
        Assert.Equal(SessionEnd.AddDays(10), window.RecommendedEnd);
        Assert.True(window.IsPractitionerInstruction);
        Assert.Null(window.OverrideReason);
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Swimming, SessionEnd.AddDays(6), [SessionEnd], [longer]).Status);
    }

    [Fact]
    public void A_practitioner_may_shorten_below_the_policy_minimum_with_a_reason_that_the_window_carries()
    {
        AftercareInstruction shorter = new(AftercareActivity.HairWashing, TimeSpan.FromHours(2), TimeSpan.FromHours(6), "Scalp cleansing needed after procedure");

        AftercareWindow window = Engine.Schedule([SessionEnd], [shorter]).WindowFor(AftercareActivity.HairWashing)!;
        AftercareCheck check = Engine.Check(AftercareActivity.HairWashing, SessionEnd.AddHours(3), [SessionEnd], [shorter]);

        Assert.Equal(SessionEnd.AddHours(2), window.MinimumEnd);
        Assert.Equal("Scalp cleansing needed after procedure", window.OverrideReason);
        Assert.Equal(AftercareStatus.AllowedWithCaution, check.Status);
        Assert.Equal("Scalp cleansing needed after procedure", check.OverrideReason);
    }

    [Fact]
    public void Shortening_below_the_policy_minimum_without_a_reason_is_refused_naming_the_field()
    {
        AftercareInstruction shorter = new(AftercareActivity.Sun, TimeSpan.FromHours(24), TimeSpan.FromHours(24));

        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Schedule([SessionEnd], [shorter]));

        Assert.Equal("instructions[0].Reason", ex.ParamName);
        Assert.StartsWith("instructions[0].Reason is required: the instruction shortens the Sun window below the policy minimum of 2.00:00:00", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Engine.Check(AftercareActivity.Alcohol, SessionEnd, [SessionEnd], [shorter]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_reason_is_refused(string reason)
    {
        AftercareInstruction instruction = new(AftercareActivity.Sun, TimeSpan.FromHours(24), TimeSpan.FromHours(24), reason);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Schedule([SessionEnd], [instruction]));
        Assert.Contains("instructions[0].Reason must be null or 1 to 500 characters, not blank.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortening_the_recommended_end_but_not_the_minimum_needs_no_reason()
    {
        AftercareInstruction instruction = new(AftercareActivity.Exercise, TimeSpan.FromHours(24), TimeSpan.FromHours(24));
        Assert.Equal(SessionEnd.AddHours(24), Engine.Schedule([SessionEnd], [instruction]).WindowFor(AftercareActivity.Exercise)!.RecommendedEnd);
    }

    [Fact]
    public void The_policy_minimum_is_the_clinics_not_the_librarys()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(96) });
        AftercareInstruction sunFor72 = new(AftercareActivity.Sun, TimeSpan.FromHours(72), TimeSpan.FromHours(72));

        Assert.Throws<ArgumentException>(() => engine.Schedule([SessionEnd], [sunFor72]));
        Assert.NotNull(Engine.Schedule([SessionEnd], [sunFor72]));
    }

    [Fact]
    public void A_practitioner_can_set_a_window_for_a_restriction_the_clinic_switched_off()
    {
        AftercareEngine engine = EngineWith(o => o.Rules["Alcohol"] = new AftercareRuleOptions { Enabled = false, Reason = "Clinic protocol" });
        AftercareInstruction instruction = new(AftercareActivity.Alcohol, TimeSpan.FromHours(12), TimeSpan.FromHours(12));

        Assert.Equal(SessionEnd.AddHours(12), engine.Schedule([SessionEnd], [instruction]).WindowFor(AftercareActivity.Alcohol)!.RecommendedEnd);
        Assert.Equal(AftercareStatus.NotYet, engine.Check(AftercareActivity.Alcohol, SessionEnd, [SessionEnd], [instruction]).Status);
    }

    [Fact]
    public void Instructions_apply_to_every_session_of_the_history()
    {
        AftercareInstruction instruction = new(AftercareActivity.Sun, TimeSpan.FromDays(5), TimeSpan.FromDays(5));
        DateTimeOffset later = SessionEnd.AddDays(14);

        AftercareCheck check = Engine.Check(AftercareActivity.Sun, later.AddDays(4), [SessionEnd, later], [instruction]);

        Assert.Equal(AftercareStatus.NotYet, check.Status);
        Assert.Equal(later.AddDays(5), check.AllowedFrom);
    }

    public static TheoryData<AftercareInstruction?, Type, string> BadInstructions => new()
    {
        { null, typeof(ArgumentNullException), "instructions[0] must not be null." },
        { new((AftercareActivity)42, TimeSpan.FromHours(1), TimeSpan.FromHours(1), "r"), typeof(ArgumentOutOfRangeException), "instructions[0].Activity is not a defined AftercareActivity value" },
        { new(AftercareActivity.Sun, TimeSpan.Zero, TimeSpan.FromHours(1), "r"), typeof(ArgumentOutOfRangeException), "instructions[0].Minimum must be greater than 00:00:00 and at most 30.00:00:00." },
        { new(AftercareActivity.Sun, TimeSpan.FromHours(-1), TimeSpan.FromHours(1), "r"), typeof(ArgumentOutOfRangeException), "instructions[0].Minimum must be greater than 00:00:00" },
        { new(AftercareActivity.Sun, TimeSpan.FromHours(60), TimeSpan.FromDays(31)), typeof(ArgumentOutOfRangeException), "instructions[0].Recommended must be greater than 00:00:00 and at most 30.00:00:00." },
        { new(AftercareActivity.Sun, TimeSpan.FromHours(72), TimeSpan.FromHours(60)), typeof(ArgumentException), "instructions[0].Minimum must not be above instructions[0].Recommended." },
    };

    [Theory]
    [MemberData(nameof(BadInstructions))]
    public void Invalid_instructions_are_refused_with_the_field_and_the_allowed_range(AftercareInstruction? instruction, Type exceptionType, string message)
    {
        Exception ex = Assert.ThrowsAny<ArgumentException>(() => Engine.Schedule([SessionEnd], [instruction!]));
        Assert.Equal(exceptionType, ex.GetType());
        // The parameter name is the field the message starts with.
        string field = message.Split(' ')[0];
        Assert.Equal(field, ((ArgumentException)ex).ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);

        Exception fromCheck = Assert.ThrowsAny<ArgumentException>(() => Engine.Check(AftercareActivity.Touching, SessionEnd, [SessionEnd], [instruction!]));
        Assert.Equal(exceptionType, fromCheck.GetType());
    }

    [Fact]
    public void Two_instructions_for_the_same_activity_are_refused()
    {
        AftercareInstruction a = new(AftercareActivity.Sun, TimeSpan.FromHours(72), TimeSpan.FromHours(72));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Schedule([SessionEnd], [a, new AftercareInstruction(a.Activity, TimeSpan.FromHours(60), a.Recommended, a.Reason)]));
        Assert.Contains("instructions[1].Activity repeats Sun", ex.Message, StringComparison.Ordinal);
    }

    private static MesoRulesOptions Options(Action<AftercareOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options.Aftercare);
        return options;
    }
}
