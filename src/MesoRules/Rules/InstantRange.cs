using System.Globalization;

namespace MesoRules.Rules;

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

    /// <summary>The sentence every out-of-range message ends with: the allowed range and what an extreme value usually means.</summary>
    public static string Allowed(string what) =>
        $"the allowed range of {what}, {Format(Earliest)} to {Format(Latest)} inclusive; a default, MinValue or MaxValue instant usually means the value was never set.";

    private static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
