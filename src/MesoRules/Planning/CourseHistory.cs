namespace MesoRules.Planning;

/// <summary>
/// The visits of a request read against the planning day and the policy: which course is current (a course restarts
/// after a gap between visits done longer than <see cref="PlanningOptions.LapsedCourseDays"/>), what it counts as done,
/// and whether it has lapsed by the planning day.
/// </summary>
internal sealed class CourseHistory
{
    private CourseHistory(DateOnly today) => Today = today;

    /// <summary>The day planning happens: the request's, or today from the clock.</summary>
    public DateOnly Today { get; }

    /// <summary>The earliest date the next session may take: the course start for a new course, otherwise <see cref="Today"/>.</summary>
    public DateOnly From { get; private set; }

    /// <summary>Dates of the current course's initial sessions done.</summary>
    public List<DateOnly> Initial { get; } = new(8);

    /// <summary>The current course's review done, if any.</summary>
    public DateOnly? Review { get; private set; }

    /// <summary>How many maintenance sessions the current course has done.</summary>
    public int Maintenance { get; private set; }

    /// <summary>The last visit done, in any course.</summary>
    public DateOnly? LastDone { get; private set; }

    public int Missed { get; private set; }

    public int Cancelled { get; private set; }

    /// <summary>Whether the days from <see cref="LastDone"/> to <see cref="Today"/> exceed the lapse limit: then the course starts again.</summary>
    public bool Lapsed { get; private set; }

    /// <summary>Whether the current course is past its review (a review or a maintenance session done).</summary>
    public bool InMaintenance => Review is not null || Maintenance > 0;

    /// <summary>Reads the validated visits; refuses a visit after the planning day and, within one course, visits done out of phase order.</summary>
    public static CourseHistory Read(PlanRequest request, PlanningRuleSet rules, DateTimeOffset now)
    {
        IReadOnlyList<CourseVisit> visits = request.Visits;
        DateOnly today = request.Today ?? (visits.Count == 0 ? request.CourseStart : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, request.TimeZone).DateTime));
        var h = new CourseHistory(today) { From = visits.Count == 0 ? request.CourseStart : today };
        SessionPhase phase = SessionPhase.Initial;
        for (int i = 0; i < visits.Count; i++)
        {
            CourseVisit visit = visits[i];
            if (visit.Date > today)
            {
                throw new ArgumentException("Visits record what happened: each must be on or before Today (the planning day, from the clock when not given).", $"request.Visits[{i}].Date");
            }

            if (visit.Status != VisitStatus.Done)
            {
                if (visit.Status == VisitStatus.Missed)
                {
                    h.Missed++;
                }
                else
                {
                    h.Cancelled++;
                }

                continue;
            }

            if (h.LastDone is { } last && visit.Date.DayNumber - last.DayNumber > rules.LapsedCourseDays)
            {
                // A new course began after the lapse: its counts start again.
                h.Initial.Clear();
                h.Review = null;
                h.Maintenance = 0;
                phase = SessionPhase.Initial;
            }

            if (visit.Phase < phase)
            {
                throw new ArgumentException(
                    $"A done {visit.Phase} visit cannot follow a done {phase} visit in the same course: visits done go Initial, Review, Maintenance (a course starts again only after more than LapsedCourseDays without a visit done).",
                    $"request.Visits[{i}].Phase");
            }

            phase = visit.Phase;
            switch (visit.Phase)
            {
                case SessionPhase.Initial:
                    h.Initial.Add(visit.Date);
                    break;
                case SessionPhase.Review:
                    h.Review = visit.Date;
                    break;
                default:
                    h.Maintenance++;
                    break;
            }

            h.LastDone = visit.Date;
        }

        h.Lapsed = h.LastDone is { } done && today.DayNumber - done.DayNumber > rules.LapsedCourseDays;
        if (h.Lapsed)
        {
            h.Initial.Clear();
            h.Review = null;
            h.Maintenance = 0;
        }

        return h;
    }
}
