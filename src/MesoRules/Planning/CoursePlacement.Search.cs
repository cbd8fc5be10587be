using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <content>The search for a session's day: a pure function of the window, the calendar and the patient's activities, saying nothing.</content>
internal sealed partial class CoursePlacement
{
    /// <summary>How a search placed a session (<see cref="None"/>: no search yet).</summary>
    private enum PlacementKind : byte
    {
        None,

        /// <summary>On an open day of the window whose aftercare clears the patient's activities.</summary>
        Clear,

        /// <summary>On the nearest open day of the window, every open day of which covers an activity.</summary>
        Conflict,

        /// <summary>On the first open day after the window, which has none.</summary>
        PastWindow,
    }

    /// <summary>A search's answer: the day, the first open day it turned down for an activity (when it moved past one), and how.</summary>
    private readonly record struct Placement(DateOnly Date, DateOnly? Rejected, PlacementKind Kind);

    /// <summary>
    /// The open day nearest <paramref name="target"/> within [<paramref name="earliest"/>, <paramref name="latest"/>] (later
    /// before earlier at the same distance) whose aftercare clears the patient's activities (any open day when the visit injects
    /// nothing); failing that, the nearest open day in the window; failing that, the first open day after the window.
    /// </summary>
    private Placement Search(DateOnly target, DateOnly earliest, DateOnly latest, bool treatment)
    {
        ClinicCalendar calendar = Request.Calendar;
        DateOnly? rejected = null;
        int span = Math.Max(target.DayNumber - earliest.DayNumber, latest.DayNumber - target.DayNumber);
        for (int offset = 0; offset <= span; offset++)
        {
            for (int sign = 1; sign >= -1; sign -= 2)
            {
                if (offset == 0 && sign < 0)
                {
                    continue;
                }

                int day = target.DayNumber + (sign * offset);
                if (day < earliest.DayNumber || day > latest.DayNumber)
                {
                    continue;
                }

                DateOnly candidate = DateOnly.FromDayNumber(day);
                if (!calendar.IsOpen(candidate))
                {
                    continue;
                }

                if (!treatment || ConflictWith(candidate) < 0)
                {
                    return new Placement(candidate, rejected, PlacementKind.Clear);
                }

                rejected ??= candidate;
            }
        }

        if (rejected is { } open)
        {
            return new Placement(open, null, PlacementKind.Conflict);
        }

        // No open day in the window: the first open day after it (never before the window's start).
        int from = Math.Max(latest.DayNumber, earliest.DayNumber - 1) + 1;
        for (int day = from; day < from + OpenDaySearchLimitDays; day++)
        {
            DateOnly candidate = AddDaysChecked(DateOnly.FromDayNumber(from), day - from);
            if (calendar.IsOpen(candidate))
            {
                return new Placement(candidate, null, PlacementKind.PastWindow);
            }
        }

        throw NoOpenDay(latest);
    }
}
