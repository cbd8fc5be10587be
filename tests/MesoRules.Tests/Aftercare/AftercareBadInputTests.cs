using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Policy;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

public class AftercareBadInputTests
{
    public static TheoryData<DateTimeOffset> UnsetOrExtremeInstants => new()
    {
        default(DateTimeOffset),
        DateTimeOffset.MinValue.AddDays(1), // default(DateTimeOffset) is MinValue itself
        DateTimeOffset.MaxValue,
        DateTimeOffset.MaxValue.AddDays(-1),
        new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1),
        new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1),
    };

    [Theory]
    [MemberData(nameof(UnsetOrExtremeInstants))]
    public void A_session_end_outside_the_allowed_range_is_refused_naming_the_parameter_and_range(DateTimeOffset instant)
    {
        ArgumentOutOfRangeException single = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Schedule([instant]));
        Assert.Equal("sessionEnds[0]", single.ParamName);
        Assert.Contains("1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z inclusive", single.Message, StringComparison.Ordinal);

        ArgumentOutOfRangeException history = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Check(AftercareActivity.Sun, SessionEnd, [SessionEnd, instant]));
        Assert.Equal("sessionEnds[1]", history.ParamName);
        Assert.StartsWith("sessionEnds[1] is outside the allowed range", history.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>("sessionEnds[0]", () => Engine.Check(AftercareActivity.Sun, SessionEnd, [instant]));
        Assert.Throws<ArgumentOutOfRangeException>("sessionEnds[0]", () => Engine.Schedule([instant]));
        Assert.Throws<ArgumentOutOfRangeException>("sessionEnds[0]", () => Engine.ActiveAt(SessionEnd, [instant]));
        Assert.Throws<ArgumentOutOfRangeException>("sessionEnds[0]", () => Engine.Schedule([instant]).Render(London));
    }

    [Fact]
    public void The_range_bounds_themselves_are_accepted_and_render_in_far_zones()
    {
        var kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var bakerIsland = TimeZoneInfo.FindSystemTimeZoneById("Etc/GMT+12");
        AftercareInstruction longest = new(AftercareActivity.Sun, AftercareOptions.WindowRange.Max, AftercareOptions.WindowRange.Max);

        Assert.Equal(AftercareEngine.LatestSessionEnd.AddDays(30), Engine.Schedule([AftercareEngine.LatestSessionEnd], [longest]).WindowFor(AftercareActivity.Sun)!.RecommendedEnd);
        Assert.NotEmpty(Engine.Schedule([AftercareEngine.LatestSessionEnd], [longest]).Render(kiritimati, DocumentFormat.PlainText));
        Assert.NotEmpty(Engine.Schedule([AftercareEngine.EarliestSessionEnd]).Render(bakerIsland));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    [InlineData(int.MaxValue)]
    public void An_undefined_activity_is_refused(int value)
    {
        var activity = (AftercareActivity)value;
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Check(activity, SessionEnd, [SessionEnd]));
        Assert.Equal("activity", ex.ParamName);
        Assert.Contains("allowed: Touching, Sun, TopicalProducts, Exercise, Swimming, HarshHairProducts, Alcohol, HairWashing", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("activity", () => Engine.Check(activity, SessionEnd, [SessionEnd]));
    }

    [Fact]
    public void An_empty_history_has_no_schedule()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Schedule(ReadOnlySpan<DateTimeOffset>.Empty));
        Assert.Equal("sessionEnds", ex.ParamName);
    }

    public static TheoryData<DateTimeOffset> UnsetInstants => [default, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(1899, 12, 31, 23, 59, 59, TimeSpan.Zero), new DateTimeOffset(9999, 1, 1, 0, 0, 1, TimeSpan.Zero)];

    [Theory]
    [MemberData(nameof(UnsetInstants))]
    public void An_unset_or_extreme_checked_instant_is_refused_naming_it(DateTimeOffset at)
    {
#pragma warning disable CA1507 // The expected parameter names are the engine's, not this test's.
        Assert.Throws<ArgumentOutOfRangeException>("at", () => Engine.Check(AftercareActivity.Sun, at, [SessionEnd]));
        Assert.Throws<ArgumentOutOfRangeException>("at", () => Engine.Check(AftercareActivity.Sun, at, [SessionEnd]));
        Assert.Throws<ArgumentOutOfRangeException>("at", () => Engine.Check(AftercareActivity.Sun, at, [SessionEnd], []));
        Assert.Throws<ArgumentOutOfRangeException>("at", () => Engine.ActiveAt(at, [SessionEnd]));
        Assert.Throws<ArgumentOutOfRangeException>("instant", () => Engine.Schedule([SessionEnd]).Windows[0].StatusAt(at));
#pragma warning restore CA1507
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Check(AftercareActivity.Sun, at, [SessionEnd]));
        Assert.Contains("1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_earliest_and_latest_checked_instants_are_accepted()
    {
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero), [SessionEnd]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero), [SessionEnd]).Status);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Throws<ArgumentNullException>("policies", () => new AftercareEngine(null!));
        Assert.Throws<ArgumentNullException>("zone", () => Engine.Schedule([SessionEnd]).WindowFor(AftercareActivity.Sun)!.InZone(null!));
        Assert.Throws<ArgumentNullException>("zone", () => Engine.Check(AftercareActivity.Sun, SessionEnd, [SessionEnd]).InZone(null!));
    }

    [Fact]
    public void Exception_messages_hold_no_patient_data()
    {
        var sessionEnd = new DateTimeOffset(1850, 7, 4, 13, 37, 0, TimeSpan.Zero);
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Schedule([sessionEnd]));
        Assert.DoesNotContain("1850", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("13:37", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.ActualValue);

        AftercareInstruction instruction = new(AftercareActivity.Sun, TimeSpan.FromHours(1), TimeSpan.FromHours(1), new string('x', 501));
        ArgumentException tooLong = Assert.Throws<ArgumentException>(() => Engine.Schedule([SessionEnd], [instruction]));
        Assert.DoesNotContain("xxx", tooLong.Message, StringComparison.Ordinal);
    }
}
