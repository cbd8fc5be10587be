using System.Runtime.CompilerServices;

namespace MesoRules.Planning;

/// <summary>
/// Maps a local date and time in a time zone to an instant. A time skipped by a daylight-saving change moves
/// forward by the length of the gap; a repeated time takes its first occurrence (the earlier instant).
/// </summary>
/// <remarks>
/// Skipped and repeated times only occur near a zone's transition times of day, so those are computed once
/// per zone; any other time of day needs a single offset look-up. Results are memoized per zone in a small,
/// fixed-size, two-way table of immutable entries (a pure function's results, so a lost race only costs a recomputation).
/// </remarks>
internal static class LocalTimeResolver
{
    private const int MinutesPerDay = 24 * 60;
    private const int CacheBits = 10;
    private const int CacheSlots = 1 << CacheBits;
    private static readonly ConditionalWeakTable<TimeZoneInfo, ZoneData> Zones = [];

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        DateTime local = date.ToDateTime(time, DateTimeKind.Unspecified);
        ZoneData data = Zones.GetValue(zone, static z => new ZoneData(z));

        // Two slots per key (the pair slot and slot ^ 1): the newest entry in the first, the one it displaced in the second, so
        // two times a plan uses that share a pair do not evict each other on every call.
        int slot = (int)(((ulong)(local.Ticks / TimeSpan.TicksPerMinute) * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
        Entry? first = Volatile.Read(ref data.Cache[slot]);
        if (first is not null && first.LocalTicks == local.Ticks)
        {
            return new DateTimeOffset(first.AdjustedTicks, first.Offset);
        }

        if (Volatile.Read(ref data.Cache[slot ^ 1]) is { } second && second.LocalTicks == local.Ticks)
        {
            return new DateTimeOffset(second.AdjustedTicks, second.Offset);
        }

        DateTimeOffset instant = Resolve(local, time, zone, data.UnsafeMinutes);
        if (first is not null)
        {
            Volatile.Write(ref data.Cache[slot ^ 1], first);
        }

        Volatile.Write(ref data.Cache[slot], new Entry(local.Ticks, instant.Ticks, instant.Offset));
        return instant;
    }

    /// <summary>
    /// The instant <paramref name="duration"/> (at most a day) after <paramref name="start"/>, expressed with the
    /// zone's offset at that instant: the same offset as the start unless the span reaches a transition hour.
    /// </summary>
    public static DateTimeOffset EndOf(DateTimeOffset start, TimeSpan duration, TimeZoneInfo zone)
    {
        DateTimeOffset end = start + duration;
        ZoneData data = Zones.GetValue(zone, static z => new ZoneData(z));
        int from = (start.Hour * 60) + start.Minute;
        int to = from + (int)Math.Ceiling(duration.TotalMinutes);
        int[] unsafeBefore = data.UnsafeBefore;
        int reached = to < MinutesPerDay
            ? unsafeBefore[to + 1] - unsafeBefore[from]
            : unsafeBefore[MinutesPerDay] - unsafeBefore[from] + unsafeBefore[Math.Min(to - MinutesPerDay + 1, MinutesPerDay)];
        return reached == 0 ? end : TimeZoneInfo.ConvertTime(end, zone);
    }

    private static DateTimeOffset Resolve(DateTime local, TimeOnly time, TimeZoneInfo zone, bool[] unsafeMinutes)
    {
        if (!unsafeMinutes[(time.Hour * 60) + time.Minute])
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        // Near a transition time of day. Offsets are read at UTC instants, where TimeZoneInfo's conversions are
        // consistent (its local-time queries disagree with them for some historical rules). A zone never changes
        // offset twice within a day, so the offsets half a day either side of the approximate instant are the only candidates.
        var asUtc = new DateTime(local.Ticks, DateTimeKind.Utc);
        DateTime around = asUtc - zone.GetUtcOffset(asUtc);
        TimeSpan early = zone.GetUtcOffset(around.AddHours(-12));
        TimeSpan late = zone.GetUtcOffset(around.AddHours(12));
        bool earlyFits = zone.GetUtcOffset(asUtc - early) == early;
        bool lateFits = early != late && zone.GetUtcOffset(asUtc - late) == late;
        if (earlyFits || lateFits)
        {
            // A repeated time takes its first occurrence: the larger offset is the earlier instant.
            TimeSpan offset = earlyFits && lateFits ? (early > late ? early : late) : earlyFits ? early : late;
            return new DateTimeOffset(local, offset);
        }

        // Skipped: read the time with the offset before the gap (the smaller one), which lands it as far past the
        // gap's start as it was past the skipped time, with the offset in force there.
        DateTime utc = asUtc - (early < late ? early : late);
        TimeSpan after = zone.GetUtcOffset(utc);
        return new DateTimeOffset(utc.Ticks + after.Ticks, after);
    }

    /// <summary>The minutes of the day within two hours of any of the zone's transition times, where a local time may be skipped or repeated.</summary>
    private static bool[] UnsafeMinutesOf(TimeZoneInfo z)
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
    }

    private static void Mark(bool[] minutes, DateTime timeOfDay, int margin)
    {
        int centre = (timeOfDay.Hour * 60) + timeOfDay.Minute;
        for (int m = centre - margin; m <= centre + margin; m++)
        {
            minutes[((m % MinutesPerDay) + MinutesPerDay) % MinutesPerDay] = true;
        }
    }

    /// <summary>One memoized resolution: the local time's ticks, and the resolved local ticks (moved past a gap) with their offset.</summary>
    private sealed record Entry(long LocalTicks, long AdjustedTicks, TimeSpan Offset);

    private sealed class ZoneData(TimeZoneInfo zone)
    {
        public readonly bool[] UnsafeMinutes = UnsafeMinutesOf(zone);

        /// <summary>How many unsafe minutes of the day come before each minute (a prefix sum, one longer than the day).</summary>
        public int[] UnsafeBefore => _unsafeBefore ??= PrefixSum(UnsafeMinutes);

        private int[]? _unsafeBefore;

        private static int[] PrefixSum(bool[] minutes)
        {
            var sums = new int[minutes.Length + 1];
            for (int i = 0; i < minutes.Length; i++)
            {
                sums[i + 1] = sums[i] + (minutes[i] ? 1 : 0);
            }

            return sums;
        }
        public readonly Entry?[] Cache = new Entry?[CacheSlots];
    }
}
