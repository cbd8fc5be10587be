using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <content>The course start: moved past a patient's activity that the initial sessions placed from it would cover.</content>
internal sealed partial class CoursePlacement
{
    // While above zero, placements are trial runs of the start search and add no findings.
    private int _quiet;

    // The searches of the start search's trial runs, by their input: the plan's own placement of the same sessions reuses them.
    private (DateOnly Target, DateOnly Earliest, DateOnly Latest, bool Treatment, Placement Placement)[]? _searched;
    private int _firstSearched;

    /// <summary>Whether the placement is a trial run: findings are neither formatted nor added.</summary>
    private bool Quiet => _quiet > 0;

    /// <summary>
    /// Places the first session of a course on or after <paramref name="from"/>: the first open day from which the initial
    /// course (this session and the <paramref name="following"/> initial sessions placed from it as the plan places them)
    /// keeps every aftercare window clear of the patient's activities, searched up to
    /// <see cref="PlanningRuleSet.CourseStartSearchDays"/> days on (a holiday during the course moves its start); failing that,
    /// the first open day whose session 1 alone clears; failing that, as any session. The sessions still in conflict report it.
    /// </summary>
    public DateOnly PlaceStart(int number, DateOnly from, int interval, int following)
    {
        DateOnly open = NextOpenDay(from);
        int blocking = CourseConflict(number, open, interval, following, from, out int at);
        if (blocking >= 0)
        {
            int firstOffset = open.DayNumber - from.DayNumber + 1;
            for (int offset = firstOffset; offset <= Rules.CourseStartSearchDays; offset++)
            {
                DateOnly candidate = AddDaysChecked(from, offset);
                if (Request.Calendar.IsOpen(candidate) && CourseConflict(number, candidate, interval, following, from, out _) < 0)
                {
                    Add(PlanningRuleIds.PatientActivity, PlanFindingKind.Moved, number, at == number
                        ? Rules.Say(PlanningText.ActivityStartMoved, ("target", open), ("date", candidate), ("activity", Describe(blocking)))
                        : Rules.Say(PlanningText.ActivityStartMovedCourse, ("target", open), ("date", candidate), ("session", at), ("activity", Describe(blocking))));
                    return candidate;
                }
            }

            // No start clears the whole course: session 1 alone, as before; the later sessions report their conflicts.
            int first = ConflictWith(open);
            for (int offset = firstOffset; first >= 0 && offset <= Rules.CourseStartSearchDays; offset++)
            {
                DateOnly candidate = AddDaysChecked(from, offset);
                if (Request.Calendar.IsOpen(candidate) && ConflictWith(candidate) < 0)
                {
                    Add(PlanningRuleIds.PatientActivity, PlanFindingKind.Moved, number, Rules.Say(PlanningText.ActivityStartMoved, ("target", open), ("date", candidate), ("activity", Describe(first))));
                    return candidate;
                }
            }
        }

        return Place(number, from, from, AddDaysChecked(from, Rules.MaximumIntervalDays), out _);
    }

    /// <summary>
    /// The first activity that a course started on <paramref name="start"/> would cover with the aftercare of session
    /// <paramref name="number"/> or of the <paramref name="following"/> initial sessions placed after it (found without findings), or -1;
    /// <paramref name="at"/> is the number of the session that covers it.
    /// </summary>
    private int CourseConflict(int number, DateOnly start, int interval, int following, DateOnly first, out int at)
    {
        at = number;
        int conflict = ConflictWith(start);
        if (conflict >= 0 || _activities.Length == 0)
        {
            return conflict;
        }

        // One buffer for every candidate start; slot k holds the search for session number + 1 + k.
        _searched ??= new (DateOnly, DateOnly, DateOnly, bool, Placement)[following];
        _firstSearched = number + 1;
        _quiet++;
        try
        {
            DateOnly previous = start;
            for (int k = 1; k <= following; k++)
            {
                DateOnly placed = PlaceInCourse(number + k, previous, interval, first);
                conflict = ConflictWith(placed);
                if (conflict >= 0)
                {
                    at = number + k;
                    return conflict;
                }

                previous = placed;
            }
        }
        finally
        {
            _quiet--;
        }

        at = -1;
        return -1;
    }

    /// <summary>
    /// <see cref="Search"/> for the initial session <paramref name="number"/>, answered from the start search's trial runs when one
    /// searched the same window (a search is a pure function of its window, so the answer is the same).
    /// </summary>
    private Placement SearchInCourse(int number, DateOnly target, DateOnly earliest, DateOnly latest, bool treatment)
    {
        int slot = number - _firstSearched;
        if (_searched is not { } searched || (uint)slot >= (uint)searched.Length)
        {
            return Search(target, earliest, latest, treatment);
        }

        ref var entry = ref searched[slot];
        if (entry.Placement.Kind == PlacementKind.None || entry.Target != target || entry.Earliest != earliest || entry.Latest != latest || entry.Treatment != treatment)
        {
            entry = (target, earliest, latest, treatment, Search(target, earliest, latest, treatment));
        }

        return entry.Placement;
    }
}
