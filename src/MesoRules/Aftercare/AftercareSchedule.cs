using System.Collections.Immutable;

namespace MesoRules.Aftercare;

/// <summary>
/// Every aftercare window after the latest of one or more sessions, with the guidance that has no window.
/// When several sessions are given, the latest session governs each activity.
/// </summary>
/// <param name="SessionEnd">The end of the governing (latest) session, as given; the start of every window.</param>
/// <param name="Windows">One window per restriction in force, in <see cref="AftercareActivity"/> order; switched-off restrictions without an instruction are left out.</param>
/// <param name="Guidance">The guidance without a window, in a fixed order.</param>
/// <param name="PolicyVersion">The version id of the policy that produced the schedule.</param>
public sealed record AftercareSchedule(
    DateTimeOffset SessionEnd,
    ImmutableArray<AftercareWindow> Windows,
    ImmutableArray<AftercareGuidance> Guidance,
    string PolicyVersion)
{
    private readonly ImmutableArray<AftercareWindow> _windows = Windows.IsDefault ? [] : Windows;

    /// <summary>One window per restriction in force; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<AftercareWindow> Windows { get => _windows; init => _windows = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<AftercareGuidance> _guidance = Guidance.IsDefault ? [] : Guidance;

    /// <summary>The guidance without a window; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<AftercareGuidance> Guidance { get => _guidance; init => _guidance = value.IsDefault ? [] : value; }

    /// <summary>The instant from which every activity in the schedule is allowed: the latest <see cref="AftercareWindow.RecommendedEnd"/>, or <see cref="SessionEnd"/> when there is no window.</summary>
    public DateTimeOffset AllAllowedFrom
    {
        get
        {
            DateTimeOffset latest = SessionEnd;
            foreach (AftercareWindow window in Windows)
            {
                if (window.RecommendedEnd > latest)
                {
                    latest = window.RecommendedEnd;
                }
            }

            return latest;
        }
    }

    /// <summary>Value equality: the same governing session instant, policy version, and equal windows and guidance in the same order.</summary>
    /// <param name="other">The schedule to compare with.</param>
    /// <returns><see langword="true"/> when the schedules are equal.</returns>
    public bool Equals(AftercareSchedule? other) =>
        other is not null
        && SessionEnd.Equals(other.SessionEnd)
        && string.Equals(PolicyVersion, other.PolicyVersion, StringComparison.Ordinal)
        && Windows.AsSpan().SequenceEqual(other.Windows.AsSpan())
        && Guidance.AsSpan().SequenceEqual(other.Guidance.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SessionEnd, PolicyVersion, Windows.IsDefault ? 0 : Windows.Length);

    /// <summary>Returns the window for <paramref name="activity"/>, or <see langword="null"/> when the schedule has none.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The window, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is not a defined <see cref="AftercareActivity"/> value.</exception>
    public AftercareWindow? WindowFor(AftercareActivity activity)
    {
        AftercareArguments.ThrowIfUndefined(activity, nameof(activity));
        foreach (AftercareWindow window in Windows)
        {
            if (window.Activity == activity)
            {
                return window;
            }
        }

        return null;
    }
}
