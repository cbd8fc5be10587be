using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Patients;
using MesoRules.Planning;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>A session's start and end instants carry the clinic zone's offset in force at each, across daylight-saving changes.</summary>
public class SessionEndOffsetTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly SessionPlanner Planner = new();

    private static readonly ClinicCalendar EveryDay = new(Enum.GetValues<DayOfWeek>());

    [Fact]
    public void A_session_that_spans_the_spring_change_ends_at_the_summer_offset()
    {
        // Europe/London moves from 01:00 GMT to 02:00 BST on 2026-03-29.
        PlanRequest request = Request(Severity.Mild).With(it0 => { it0.CourseStart = D("2026-03-29"); it0.Calendar = EveryDay; it0.TimeZone = London; it0.SessionTime = new TimeOnly(0, 45); });
        PlannedSession first = Planner.Plan(request).Sessions[0];

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 45, 0, TimeSpan.Zero), first.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 15, 0, TimeSpan.FromHours(1)), first.End);
        Assert.Equal(first.Start.UtcTicks + TimeSpan.FromMinutes(30).Ticks, first.End.UtcTicks);
    }

    [Fact]
    public void A_session_that_spans_the_autumn_change_ends_at_the_winter_offset()
    {
        // America/New_York repeats 01:00-02:00 on 2026-11-01: 01:45 EDT + 30 min is 01:15 EST.
        PlanRequest request = Request(Severity.Mild).With(it1 => { it1.CourseStart = D("2026-11-01"); it1.Calendar = EveryDay; it1.TimeZone = NewYork; it1.SessionTime = new TimeOnly(1, 45); });
        PlannedSession first = Planner.Plan(request).Sessions[0];

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 45, 0, TimeSpan.FromHours(-4)), first.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 15, 0, TimeSpan.FromHours(-5)), first.End);
    }

    [Property(MaxTest = 200)]
    public Property Every_start_and_end_carries_the_offset_in_force_and_the_session_lasts_its_duration() =>
        Prop.ForAll(
            (from day in Gen.Choose(0, 3650)
             from minute in Gen.Choose(0, (24 * 60) - 1)
             from zone in Gen.Elements(London, NewYork, TimeZoneInfo.Utc)
             select (day, minute, zone)).ToArbitrary(),
            c =>
            {
                PlanRequest request = Request(Severity.Severe).With(it2 => { it2.CourseStart = D("2024-01-01").AddDays(c.day); it2.Calendar = EveryDay; it2.TimeZone = c.zone; it2.SessionTime = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(c.minute)); });
                return Planner.Plan(request).Sessions.All(s =>
                    s.Start.Offset == c.zone.GetUtcOffset(s.Start)
                    && s.End.Offset == c.zone.GetUtcOffset(s.End)
                    && s.End - s.Start == TimeSpan.FromMinutes(30));
            });
}
