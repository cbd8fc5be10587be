using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>
/// The time after a session during which one activity is restricted. Both parts are half-open intervals
/// of elapsed time on instants: the activity is not yet allowed in [<paramref name="Start"/>,
/// <paramref name="MinimumEnd"/>), allowed with caution in [<paramref name="MinimumEnd"/>,
/// <paramref name="RecommendedEnd"/>), and allowed from <paramref name="RecommendedEnd"/> on (the end
/// instant itself is allowed). 48 hours across a daylight-saving change are still 48 elapsed hours.
/// </summary>
/// <param name="Activity">The activity restricted.</param>
/// <param name="RuleId">The rule id, for example <c>aftercare.sun</c>.</param>
/// <param name="Title">A short patient-facing name of the activity.</param>
/// <param name="Guidance">Patient-facing guidance: what to avoid.</param>
/// <param name="Start">The end of the governing session: the window's start, included.</param>
/// <param name="MinimumEnd">The end of the minimum window, excluded from it: from this instant the activity is allowed with caution.</param>
/// <param name="RecommendedEnd">The end of the recommended window, excluded from it: from this instant the activity is allowed. Never before <paramref name="MinimumEnd"/>.</param>
/// <param name="IsPractitionerInstruction">Whether a practitioner's <see cref="AftercareInstruction"/> set the window instead of the policy.</param>
/// <param name="OverrideReason">The practitioner's reason for the instruction, if one was given; always present when the instruction shortened the policy minimum.</param>
public sealed record AftercareWindow(
    AftercareActivity Activity,
    string RuleId,
    string Title,
    string Guidance,
    DateTimeOffset Start,
    DateTimeOffset MinimumEnd,
    DateTimeOffset RecommendedEnd,
    bool IsPractitionerInstruction,
    string? OverrideReason)
{
    /// <summary>The minimum duration of the window: <see cref="MinimumEnd"/> minus <see cref="Start"/>.</summary>
    public TimeSpan Minimum => MinimumEnd - Start;

    /// <summary>The recommended duration of the window: <see cref="RecommendedEnd"/> minus <see cref="Start"/>.</summary>
    public TimeSpan Recommended => RecommendedEnd - Start;

    /// <summary>
    /// The status of the activity at <paramref name="instant"/> under this window alone: <see cref="AftercareStatus.Allowed"/>
    /// before <see cref="Start"/> and from <see cref="RecommendedEnd"/> on, <see cref="AftercareStatus.AllowedWithCaution"/>
    /// in [<see cref="MinimumEnd"/>, <see cref="RecommendedEnd"/>), <see cref="AftercareStatus.NotYet"/> in [<see cref="Start"/>, <see cref="MinimumEnd"/>).
    /// </summary>
    /// <param name="instant">The instant, in any offset.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside [<see cref="AftercareEngine.EarliestSessionEnd"/>, <see cref="AftercareEngine.LatestSessionEnd"/>].</exception>
    public AftercareStatus StatusAt(DateTimeOffset instant)
    {
        InstantRange.ThrowIfOutside(instant, nameof(instant), "checked instants");
        return instant < Start || instant >= RecommendedEnd ? AftercareStatus.Allowed
        : instant < MinimumEnd ? AftercareStatus.NotYet
        : AftercareStatus.AllowedWithCaution;
    }

    /// <summary>Returns the same window with its instants expressed in <paramref name="zone"/>, with the zone's offset at each instant. The instants are unchanged.</summary>
    /// <param name="zone">The time zone, for example the clinic's or the patient's.</param>
    /// <returns>The window in local time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public AftercareWindow InZone(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return this with
        {
            Start = TimeZoneInfo.ConvertTime(Start, zone),
            MinimumEnd = TimeZoneInfo.ConvertTime(MinimumEnd, zone),
            RecommendedEnd = TimeZoneInfo.ConvertTime(RecommendedEnd, zone),
        };
    }
}
