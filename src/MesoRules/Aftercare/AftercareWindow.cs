using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>
/// The time after a session during which one activity is restricted. Both parts are half-open intervals
/// of elapsed time on instants: the activity is not yet allowed in [<see cref="Start"/>,
/// <see cref="MinimumEnd"/>), allowed with caution in [<see cref="MinimumEnd"/>,
/// <see cref="RecommendedEnd"/>), and allowed from <see cref="RecommendedEnd"/> on (the end
/// instant itself is allowed). 48 hours across a daylight-saving change are still 48 elapsed hours.
/// </summary>
public sealed class AftercareWindow
{
    [JsonConstructor]
    internal AftercareWindow(AftercareActivity Activity, string RuleId, string Title, string Guidance, DateTimeOffset Start, DateTimeOffset MinimumEnd, DateTimeOffset RecommendedEnd, bool IsPractitionerInstruction, string? OverrideReason)
    {
        this.Activity = Activity;
        this.RuleId = RuleId;
        this.Title = Title;
        this.Guidance = Guidance;
        this.Start = Start;
        this.MinimumEnd = MinimumEnd;
        this.RecommendedEnd = RecommendedEnd;
        this.IsPractitionerInstruction = IsPractitionerInstruction;
        this.OverrideReason = OverrideReason;
    }

    /// <summary>The activity restricted.</summary>
    public AftercareActivity Activity { get; }

    /// <summary>The rule id, for example <c>aftercare.sun</c>.</summary>
    public string RuleId { get; }

    /// <summary>A short patient-facing name of the activity.</summary>
    public string Title { get; }

    /// <summary>Patient-facing guidance: what to avoid.</summary>
    public string Guidance { get; }

    /// <summary>The end of the governing session: the window's start, included.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end of the minimum window, excluded from it: from this instant the activity is allowed with caution.</summary>
    public DateTimeOffset MinimumEnd { get; }

    /// <summary>The end of the recommended window, excluded from it: from this instant the activity is allowed. Never before <see cref="MinimumEnd"/>.</summary>
    public DateTimeOffset RecommendedEnd { get; }

    /// <summary>Whether a practitioner's <see cref="AftercareInstruction"/> set the window instead of the policy.</summary>
    public bool IsPractitionerInstruction { get; }

    /// <summary>The practitioner's reason for the instruction, if one was given; always present when the instruction shortened the policy minimum.</summary>
    public string? OverrideReason { get; }

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside [1900-01-01T00:00:00Z, 9999-01-01T00:00:00Z].</exception>
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
        return new AftercareWindow(
            Activity,
            RuleId,
            Title,
            Guidance,
            TimeZoneInfo.ConvertTime(Start, zone),
            TimeZoneInfo.ConvertTime(MinimumEnd, zone),
            TimeZoneInfo.ConvertTime(RecommendedEnd, zone),
            IsPractitionerInstruction,
            OverrideReason);
    }
}
