using System.Runtime.CompilerServices;

namespace MesoRules.Planning;

/// <summary>
/// Maps a local date and time in a time zone to an instant. A time skipped by a daylight-saving change moves
/// forward by the length of the gap; a repeated time takes its first occurrence (the earlier instant).
/// </summary>
/// <remarks>
/// Skipped and repeated times only occur near a zone's transition times of day, so those are computed once
/// per zone; any other time of day needs a single offset look-up.
/// </remarks>
internal static class LocalTimeResolver
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly ConditionalWeakTable<TimeZoneInfo, bool[]> UnsafeMinutesByZone = [];

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        DateTime local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (!UnsafeMinutes(zone)[(time.Hour * 60) + time.Minute])
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        // Near a transition time of day: when the offsets four hours either side agree, no transition lies
        // between them (zones never change offset twice within eight hours), so the time is neither skipped nor repeated.
        TimeSpan before = zone.GetUtcOffset(local.AddHours(-4));
        if (before == zone.GetUtcOffset(local.AddHours(4)))
        {
            return new DateTimeOffset(local, before);
        }

        if (zone.IsInvalidTime(local))
        {
            // Offsets either side of the gap differ by its length.
            local += zone.GetUtcOffset(local.AddHours(6)) - zone.GetUtcOffset(local.AddHours(-6));
        }

        TimeSpan offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The minutes of the day within two hours of any of the zone's transition times, where a local time may be skipped or repeated.</summary>
    private static bool[] UnsafeMinutes(TimeZoneInfo zone) => UnsafeMinutesByZone.GetValue(zone, static z =>
    {
        var minutes = new bool[MinutesPerDay];
        foreach (TimeZoneInfo.AdjustmentRule rule in z.GetAdjustmentRules())
        {
            int margin = 120 + (int)Math.Abs(rule.DaylightDelta.TotalMinutes) + (int)Math.Abs(rule.BaseUtcOffsetDelta.TotalMinutes);
            Mark(minutes, rule.DaylightTransitionStart.TimeOfDay, margin);
            Mark(minutes, rule.DaylightTransitionEnd.TimeOfDay, margin);

            // Rule boundaries can change the offset at midnight too.
            Mark(minutes, DateTime.MinValue, margin);
        }

        return minutes;
    });

    private static void Mark(bool[] minutes, DateTime timeOfDay, int margin)
    {
        int centre = (timeOfDay.Hour * 60) + timeOfDay.Minute;
        for (int m = centre - margin; m <= centre + margin; m++)
        {
            minutes[((m % MinutesPerDay) + MinutesPerDay) % MinutesPerDay] = true;
        }
    }
}
