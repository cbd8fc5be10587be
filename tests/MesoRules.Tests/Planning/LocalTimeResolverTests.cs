using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Planning;

namespace MesoRules.Tests.Planning;

/// <summary>
/// The planner's memoized local-time resolution agrees with a plain resolution through <see cref="TimeZoneInfo"/> alone,
/// in every zone the system knows, over several decades, and above all around each daylight-saving transition.
/// </summary>
public class LocalTimeResolverTests
{
    private static readonly TimeZoneInfo[] AllZones = [.. TimeZoneInfo.GetSystemTimeZones()];

    /// <summary>Every (UTC instant, offset after) at which a zone's offset changes within a year, found by a day-by-day scan refined to the minute.</summary>
    private static readonly ConcurrentDictionary<(string Zone, int Year), DateTime[]> Transitions = new();

    /// <summary>
    /// The reference: a local time that exists maps to its first (earliest) instant; a skipped one is read with the
    /// offset in force before the gap, so it lands as far after the gap's start as it was after the skipped time.
    /// </summary>
    private static DateTimeOffset Reference(DateTime local, TimeZoneInfo zone)
    {
        var asUtc = new DateTime(local.Ticks, DateTimeKind.Utc);
        var offsets = new SortedSet<TimeSpan>();
        for (int hours = -30; hours <= 30; hours += 2)
        {
            DateTime probe = asUtc.AddHours(hours);
            if (probe > DateTime.MinValue.AddDays(2) && probe < DateTime.MaxValue.AddDays(-2))
            {
                offsets.Add(zone.GetUtcOffset(probe));
            }
        }

        DateTimeOffset? earliest = null;
        foreach (TimeSpan offset in offsets)
        {
            DateTime utc = asUtc - offset;
            if (zone.GetUtcOffset(utc) == offset && (earliest is null || utc < earliest.Value.UtcDateTime))
            {
                earliest = new DateTimeOffset(local, offset);
            }
        }

        if (earliest is { } found)
        {
            return found;
        }

        // Skipped: a gap only opens when the offset grows, so the offset before it is the smaller one.
        TimeSpan before = offsets.Min;
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(asUtc - before, TimeSpan.Zero), zone);
    }

    private static DateTime[] TransitionsOf(TimeZoneInfo zone, int year) => Transitions.GetOrAdd((zone.Id, year), _ =>
    {
        var found = new List<DateTime>();
        var day = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        TimeSpan previous = zone.GetUtcOffset(day);
        for (int d = 1; d <= 366; d++)
        {
            DateTime next = day.AddDays(1);
            TimeSpan offset = zone.GetUtcOffset(next);
            if (offset != previous)
            {
                // Refine to the minute by bisection.
                DateTime low = day, high = next;
                while (high - low > TimeSpan.FromMinutes(1))
                {
                    DateTime mid = low + ((high - low) / 2);
                    if (zone.GetUtcOffset(mid) == previous)
                    {
                        low = mid;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                found.Add(high);
            }

            previous = offset;
            day = next;
        }

        return [.. found];
    });

    private static Gen<(TimeZoneInfo Zone, DateTime Local)> AnyLocalTime =>
        from zone in Gen.Elements(AllZones)
        from year in Gen.Choose(1970, 2045)
        from dayOfYear in Gen.Choose(0, 364)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select (zone, new DateTime(year, 1, 1).AddDays(dayOfYear).AddMinutes(minute));

    /// <summary>Local times within three hours of a transition, in zones and years that have one.</summary>
    private static Gen<(TimeZoneInfo Zone, DateTime Local)> NearATransition =>
        from zone in Gen.Elements(AllZones.Where(z => z.SupportsDaylightSavingTime || z.GetAdjustmentRules().Length > 0).ToArray())
        from year in Gen.Choose(1970, 2045)
        from pick in Gen.Choose(0, 3)
        from minutes in Gen.Choose(-180, 180)
        let transitions = TransitionsOf(zone, year)
        where transitions.Length > 0
        let utc = transitions[pick % transitions.Length]
        let local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone)
        select (zone, DateTime.SpecifyKind(local.AddMinutes(minutes), DateTimeKind.Unspecified));

    private static bool Agrees((TimeZoneInfo Zone, DateTime Local) x)
    {
        DateTimeOffset actual = LocalTimeResolver.ToInstant(DateOnly.FromDateTime(x.Local), TimeOnly.FromDateTime(x.Local), x.Zone);
        DateTimeOffset expected = Reference(x.Local, x.Zone);
        return actual.UtcTicks == expected.UtcTicks && actual.Offset == expected.Offset;
    }

    [Property(MaxTest = 3000)]
    public Property Any_local_time_in_any_zone_resolves_as_the_plain_resolution_does() =>
        Prop.ForAll(AnyLocalTime.ToArbitrary(), x => Agrees(x).Label($"{x.Zone.Id} {x.Local:yyyy-MM-dd HH:mm}"));

    [Property(MaxTest = 3000)]
    public Property Local_times_around_a_transition_resolve_as_the_plain_resolution_does() =>
        Prop.ForAll(NearATransition.ToArbitrary(), x => Agrees(x).Label($"{x.Zone.Id} {x.Local:yyyy-MM-dd HH:mm}"));

    public static TheoryData<string, string, string> Table => new()
    {
        // zone, local time, expected instant: just before, in, and just after a spring-forward gap; in a repeated hour.
        { "Europe/London", "2026-03-29 00:59", "2026-03-29T00:59:00+00:00" },
        { "Europe/London", "2026-03-29 01:00", "2026-03-29T02:00:00+01:00" },
        { "Europe/London", "2026-03-29 01:30", "2026-03-29T02:30:00+01:00" },
        { "Europe/London", "2026-03-29 02:00", "2026-03-29T02:00:00+01:00" },
        { "Europe/London", "2026-10-25 01:30", "2026-10-25T01:30:00+01:00" },
        { "Europe/London", "2026-10-25 02:00", "2026-10-25T02:00:00+00:00" },
        { "America/New_York", "2026-03-08 02:30", "2026-03-08T03:30:00-04:00" },
        { "America/New_York", "2026-11-01 01:30", "2026-11-01T01:30:00-04:00" },
        { "Australia/Lord_Howe", "2026-10-04 02:15", "2026-10-04T02:45:00+11:00" },
        { "Australia/Lord_Howe", "2026-04-05 01:45", "2026-04-05T01:45:00+11:00" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Edge_times_resolve_to_the_documented_instant(string zone, string local, string expected)
    {
        var time = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset actual = LocalTimeResolver.ToInstant(DateOnly.FromDateTime(time), TimeOnly.FromDateTime(time), TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(expected, actual.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Reference(time, TimeZoneInfo.FindSystemTimeZoneById(zone)), actual);
    }
}
