using MesoRules.Aftercare;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

/// <summary>
/// Windows across daylight-saving changes. Probe points: one tick before the end, the end, one tick after.
/// Europe/London 2026: clocks go forward at 01:00 UTC on 29 March (01:00-02:00 local is skipped) and back
/// at 01:00 UTC on 25 October (01:00-02:00 local happens twice). America/New_York 2026: forward at
/// 07:00 UTC on 8 March (02:00-03:00 local skipped), back at 06:00 UTC on 1 November (01:00-02:00 local twice).
/// </summary>
public class AftercareDaylightSavingTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // zone, session end (with the local offset), the window end as an instant, the window end shown locally
        { "Europe/London", "2026-03-27T01:30:00+00:00", "2026-03-29T01:30:00Z", "2026-03-29 02:30 +01:00" },
        { "Europe/London", "2026-10-23T01:30:00+01:00", "2026-10-25T00:30:00Z", "2026-10-25 01:30 +01:00" },
        { "Europe/London", "2026-10-23T02:30:00+01:00", "2026-10-25T01:30:00Z", "2026-10-25 01:30 +00:00" },
        { "America/New_York", "2026-03-06T02:30:00-05:00", "2026-03-08T07:30:00Z", "2026-03-08 03:30 -04:00" },
        { "America/New_York", "2026-10-30T01:30:00-04:00", "2026-11-01T05:30:00Z", "2026-11-01 01:30 -04:00" },
        { "America/New_York", "2026-10-30T02:30:00-04:00", "2026-11-01T06:30:00Z", "2026-11-01 01:30 -05:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_48_hour_window_is_48_elapsed_hours_across_a_change(string zoneId, string session, string endInstant, string endLocal)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        DateTimeOffset sessionEnd = DateTimeOffset.Parse(session, System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset end = DateTimeOffset.Parse(endInstant, System.Globalization.CultureInfo.InvariantCulture);

        AftercareWindow window = Engine.Schedule([sessionEnd]).WindowFor(AftercareActivity.Sun)!;

        Assert.Equal(end, window.RecommendedEnd);
        Assert.Equal(TimeSpan.FromHours(48), window.RecommendedEnd - window.Start);
        Assert.Equal(endLocal, window.InZone(zone).RecommendedEnd.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Sun, end - Tick, [sessionEnd]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, end, [sessionEnd]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, end + Tick, [sessionEnd]).Status);
    }

    [Fact]
    public void In_London_a_window_whose_wall_clock_end_falls_in_the_skipped_hour_ends_at_the_right_instant_after_it()
    {
        // 01:30 GMT on Friday plus 48 h: the wall clock would say 01:30 on Sunday, which does not exist that night.
        var sessionEnd = new DateTimeOffset(2026, 3, 27, 1, 30, 0, TimeSpan.Zero);
        AftercareWindow window = Engine.Schedule([sessionEnd]).WindowFor(AftercareActivity.Sun)!.InZone(London);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(1)), window.RecommendedEnd);
        Assert.Equal(TimeSpan.FromHours(1), window.RecommendedEnd.Offset);
        Assert.Equal(TimeSpan.Zero, window.Start.Offset);
        Assert.Contains("Avoid until 2026-03-29 02:30 +01:00.", Engine.Schedule([sessionEnd]).Render(London), StringComparison.Ordinal);
    }

    [Fact]
    public void In_London_a_window_ending_in_the_repeated_hour_shows_which_of_the_two_0130s_it_is()
    {
        var beforeChange = new DateTimeOffset(2026, 10, 23, 0, 30, 0, TimeSpan.Zero);
        var afterChange = beforeChange.AddHours(1);

        string first = Engine.Schedule([beforeChange]).Render(London);
        string second = Engine.Schedule([afterChange]).Render(London);

        Assert.Contains("Avoid until 2026-10-25 01:30 +01:00.", first, StringComparison.Ordinal);
        Assert.Contains("Avoid until 2026-10-25 01:30 +00:00.", second, StringComparison.Ordinal);

        // Both windows end at 01:30 on the wall clock, one hour apart in elapsed time.
        DateTimeOffset firstEnd = new(2026, 10, 25, 1, 30, 0, TimeSpan.FromHours(1));
        DateTimeOffset secondEnd = new(2026, 10, 25, 1, 30, 0, TimeSpan.Zero);
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Sun, firstEnd, [afterChange]).Status);
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Sun, secondEnd - Tick, [afterChange]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, secondEnd, [afterChange]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, firstEnd, [beforeChange]).Status);
    }

    [Fact]
    public void In_New_York_a_hair_washing_window_across_spring_forward_is_one_wall_clock_hour_longer()
    {
        var sessionEnd = new DateTimeOffset(2026, 3, 8, 0, 30, 0, TimeSpan.FromHours(-5));
        AftercareWindow window = Engine.Schedule([sessionEnd]).WindowFor(AftercareActivity.HairWashing)!.InZone(NewYork);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 5, 30, 0, TimeSpan.FromHours(-4)), window.MinimumEnd);
        Assert.Equal(5, (window.MinimumEnd.DateTime - window.Start.DateTime).TotalHours);
        Assert.Equal(TimeSpan.FromHours(4), window.Minimum);
    }

    [Fact]
    public void In_New_York_a_window_across_fall_back_is_one_wall_clock_hour_shorter()
    {
        var sessionEnd = new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.FromHours(-4));
        AftercareWindow window = Engine.Schedule([sessionEnd]).WindowFor(AftercareActivity.HairWashing)!.InZone(NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.FromHours(-5)), window.MinimumEnd);
        Assert.Equal(3, (window.MinimumEnd.DateTime - window.Start.DateTime).TotalHours);
    }

    [Fact]
    public void The_patients_zone_may_differ_from_the_clinics_and_both_show_the_same_instants()
    {
        var sessionEnd = new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero);
        AftercareWindow clinic = Engine.Schedule([sessionEnd]).WindowFor(AftercareActivity.Sun)!.InZone(London);
        AftercareWindow patient = Engine.Schedule([sessionEnd]).WindowFor(AftercareActivity.Sun)!.InZone(NewYork);

        // DateTimeOffset equality compares instants: the same windows, shown in two offsets.
        Assert.Equal((clinic.Start, clinic.MinimumEnd, clinic.RecommendedEnd), (patient.Start, patient.MinimumEnd, patient.RecommendedEnd));
        Assert.NotEqual(clinic.Start.Offset, patient.Start.Offset);
        Assert.Equal(TimeSpan.Zero, clinic.RecommendedEnd.Offset);
        Assert.Equal(TimeSpan.FromHours(-4), patient.RecommendedEnd.Offset);
        Assert.Contains("Avoid until 2026-03-08 12:00 +00:00.", Engine.Schedule([sessionEnd]).Render(London), StringComparison.Ordinal);
        Assert.Contains("Avoid until 2026-03-08 08:00 -04:00.", Engine.Schedule([sessionEnd]).Render(NewYork), StringComparison.Ordinal);
    }
}
