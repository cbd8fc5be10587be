using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MesoRules.Core;

/// <summary>
/// The instants the engines accept as real events (a session's end, an acknowledgment): 1900-01-01T00:00:00Z
/// to 9999-01-01T00:00:00Z inclusive, so that windows added to them, shown in any zone, stay representable, and
/// so that an unset (<see langword="default"/>, <c>MinValue</c>, <c>MaxValue</c>) instant is refused, not used.
/// </summary>
internal static class InstantRange
{
    public static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly long EarliestTicks = Earliest.UtcTicks;

    public static readonly long LatestTicks = Latest.UtcTicks;

    public static bool Contains(DateTimeOffset value) => value.UtcTicks >= EarliestTicks && value.UtcTicks <= LatestTicks;

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/> when <paramref name="value"/> is outside the range.</summary>
    /// <param name="value">The instant the caller passed.</param>
    /// <param name="paramName">The parameter or member path, used as the exception's parameter name.</param>
    /// <param name="what">What kind of instant it is, for the message (for example "checked instants").</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfOutside(DateTimeOffset value, string paramName, string what)
    {
        long ticks = value.UtcTicks;
        if (ticks < EarliestTicks || ticks > LatestTicks)
        {
            ThrowOutside(paramName, what);
        }
    }

    /// <summary>The clock's current instant, refused (as a misconfigured clock, not a caller's argument) when outside the range.</summary>
    /// <param name="time">The injected clock.</param>
    /// <returns>The current instant.</returns>
    /// <exception cref="InvalidOperationException">The clock answers an instant outside the range.</exception>
    public static DateTimeOffset Now(TimeProvider time)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (!Contains(now))
        {
            ThrowClockOutside();
        }

        return now;
    }

    /// <summary>Throws the out-of-range exception for <paramref name="paramName"/> (an element's path such as <c>sessionEnds[2]</c> included).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowOutside(string paramName, string what) =>
        throw new ArgumentOutOfRangeException(paramName, $"{paramName} is outside {Allowed(what)}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowClockOutside() =>
        throw new InvalidOperationException($"The TimeProvider's current instant (GetUtcNow) is outside {Allowed("instants")}");

    /// <summary>The sentence every out-of-range message ends with: the allowed range and what an extreme value usually means.</summary>
    public static string Allowed(string what) =>
        $"the allowed range of {what}, {Format(Earliest)} to {Format(Latest)} inclusive; a default, MinValue or MaxValue instant usually means the value was never set.";

    private static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
