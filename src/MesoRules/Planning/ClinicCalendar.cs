using System.Collections.Immutable;

namespace MesoRules.Planning;

/// <summary>The days a clinic is open: open weekdays, less closed dates (holidays). Immutable.</summary>
public sealed class ClinicCalendar
{
    private readonly int _openMask;
    private readonly HashSet<DateOnly> _closed;

    /// <summary>Creates a calendar.</summary>
    /// <param name="openDays">The weekdays the clinic opens; at least one.</param>
    /// <param name="closedDates">Dates the clinic is closed although the weekday is open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weekday is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="openDays"/> is empty.</exception>
    public ClinicCalendar(IEnumerable<DayOfWeek> openDays, IEnumerable<DateOnly>? closedDates = null)
    {
        ArgumentNullException.ThrowIfNull(openDays);
        int mask = 0;
        foreach (DayOfWeek day in openDays)
        {
            if ((uint)day > (uint)DayOfWeek.Saturday)
            {
                throw new ArgumentOutOfRangeException(nameof(openDays), "Open days must be defined DayOfWeek values.");
            }

            mask |= 1 << (int)day;
        }

        if (mask == 0)
        {
            throw new ArgumentException("A clinic calendar needs at least one open weekday.", nameof(openDays));
        }

        _openMask = mask;
        _closed = [.. closedDates ?? []];
        OpenDays = [.. Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0)];
        ClosedDates = [.. _closed.Order()];
    }

    /// <summary>A calendar open Monday to Friday with no closed dates.</summary>
    public static ClinicCalendar Weekdays { get; } = new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    /// <summary>The open weekdays, Sunday first.</summary>
    public ImmutableArray<DayOfWeek> OpenDays { get; }

    /// <summary>The closed dates, in order.</summary>
    public ImmutableArray<DateOnly> ClosedDates { get; }

    /// <summary>Whether the clinic is open on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when its weekday is open and it is not a closed date.</returns>
    public bool IsOpen(DateOnly date) => (_openMask & (1 << (int)date.DayOfWeek)) != 0 && !_closed.Contains(date);

    /// <summary>Returns a calendar with the same open weekdays and more closed dates.</summary>
    /// <param name="dates">The dates to close.</param>
    /// <returns>A new calendar.</returns>
    public ClinicCalendar WithClosedDates(IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new ClinicCalendar(OpenDays, [.. ClosedDates, .. dates]);
    }
}
