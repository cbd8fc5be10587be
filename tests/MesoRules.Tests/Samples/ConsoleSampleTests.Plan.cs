namespace MesoRules.Tests.Samples;

/// <summary>The <c>assess</c> command's re-planning options: <c>--visit</c> (repeated), <c>--today</c> and the default <c>--start</c>.</summary>
public partial class ConsoleSampleTests
{
    private static readonly string Eligible = Path.Combine(AppContext.BaseDirectory, "patients", "moderate-pattern-hair-loss.json");

    /// <summary>The session plan's lines of an <c>assess</c> run: from its heading to the first blank line.</summary>
    private static string[] SessionLines(string output) =>
        [.. output.Split('\n').SkipWhile(l => !l.StartsWith("Session plan", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.TrimEnd())];

    [Fact]
    public void Visits_and_today_re_plan_the_course_counting_only_the_visits_done()
    {
        (int code, string output, string error) = Run(
            "assess", Eligible, "--visit", "2027-01-04:initial:done", "--visit", "2027-01-14:initial:missed", "--visit", "2027-01-18:Initial:DONE", "--today", "2027-01-20");

        Assert.Equal(0, code);
        Assert.Empty(error);
        string[] sessions = SessionLines(output);
        Assert.Equal("   1. 2027-01-04 Mon 10:00 +00:00  Initial (done)", sessions[0]);
        Assert.Equal("   2. 2027-01-18 Mon 10:00 +00:00  Initial (done)", sessions[1]);
        Assert.Equal("   3. 2027-01-28 Thu 10:00 +00:00  Initial", sessions[2]);
        Assert.Equal(["Initial", "Initial", "Initial", "Initial", "Initial", "Review", "Maintenance", "Maintenance"], sessions.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[5]));
        Assert.Contains("[planning.visits] Information: The initial visit on 2027-01-14 was missed; it does not count as done.", output, StringComparison.Ordinal);
        Assert.Contains("5 initial sessions for moderate hair loss: 2 done, 3 to plan.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_past_its_review_continues_with_maintenance_from_the_last_visit_done_and_every_status_is_counted()
    {
        (int code, string output, _) = Run(
            "assess", Eligible,
            "--visit", "2027-01-04:initial:done", "--visit", "2027-01-14:initial:done", "--visit", "2027-01-25:initial:done", "--visit", "2027-02-04:initial:done",
            "--visit", "2027-02-15:initial:done", "--visit", "2027-02-25:review:done", "--visit", "2027-08-25:maintenance:done",
            "--visit", "2028-02-24:maintenance:cancelled", "--visit", "2028-02-28:maintenance:missed", "--today", "2028-03-01");

        Assert.Equal(0, code);
        string[] sessions = SessionLines(output);
        Assert.Equal(7, sessions.Count(l => l.EndsWith("(done)", StringComparison.Ordinal)));
        Assert.Equal("   8. 2028-03-01 Wed 10:00 +00:00  Maintenance", sessions[7]);
        Assert.Contains("Visits counted as done: 5 initial, 1 review, 1 maintenance; 1 missed and 1 cancelled are not counted.", output, StringComparison.Ordinal);
        Assert.Contains("The maintenance visit on 2028-02-24 was cancelled", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_start_a_new_course_begins_the_next_weekday_after_today_and_a_re_planned_one_at_its_earliest_visit()
    {
        // Friday 2027-01-15: the next weekday is Monday 2027-01-18.
        Assert.Equal("   1. 2027-01-18 Mon 10:00 +00:00  Initial", SessionLines(Run("assess", Eligible, "--today", "2027-01-15").Out)[0]);

        (int code, string output, _) = Run("assess", Eligible, "--visit", "2027-01-05:initial:done", "--today", "2027-01-15", "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"date\": \"2027-01-05\"", output, StringComparison.Ordinal);
        Assert.Contains("\"completed\": true", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--visit: '2027-01-04:initial' is not a visit: expected yyyy-MM-dd:phase:status", "--visit", "2027-01-04:initial")]
    [InlineData("--visit: '2027-01-04:initial:done:10' is not a visit", "--visit", "2027-01-04:initial:done:10")]
    [InlineData("--visit: '2027-02-30:initial:done' is not a visit: '2027-02-30' is not a date", "--visit", "2027-02-30:initial:done")]
    [InlineData("--visit: '2027-01-04:intial:done' is not a visit: 'intial' is not a phase; allowed: initial, review, maintenance.", "--visit", "2027-01-04:intial:done")]
    [InlineData("--visit: '2027-01-04:initial:0' is not a visit: '0' is not a status; allowed: done, missed, cancelled.", "--visit", "2027-01-04:initial:0")]
    [InlineData("--visit: '2027-01-04:0:done' is not a visit: '0' is not a phase", "--visit", "2027-01-04:0:done")]
    [InlineData("--today: '2027/01/20' is not a date; expected yyyy-MM-dd.", "--today", "2027/01/20")]
    [InlineData("--start: 'soon' is not a date; expected yyyy-MM-dd.", "--start", "soon")]
    [InlineData("'--today'", "--today")]
    [InlineData("'--today' expects a single argument", "--today", "2027-01-20", "--today", "2027-01-21")]
    [InlineData("'2027-01-05:initial:done'", "--visit", "2027-01-04:initial:done", "2027-01-05:initial:done")]
    [InlineData("--visit #2: Visits must be in strictly increasing date order.", "--visit", "2027-01-18:initial:done", "--visit", "2027-01-18:review:done", "--today", "2027-02-01")]
    [InlineData("--visit #1: Visits record what happened: each must be on or before Today", "--visit", "2027-01-18:initial:done", "--today", "2027-01-10")]
    [InlineData("--visit #1: Visits must be on or after CourseStart", "--visit", "2027-01-18:initial:done", "--start", "2027-01-20", "--today", "2027-02-01")]
    [InlineData("--visit #2: A done Initial visit cannot follow a done Review visit", "--visit", "2027-01-18:review:done", "--visit", "2027-01-28:initial:done", "--today", "2027-02-01")]
    [InlineData("--start: A new course (no visits) cannot start before Today", "--start", "2027-01-20", "--today", "2027-02-01")]
    public void A_bad_visit_today_or_start_gives_one_error_line_naming_the_option(string expected, params string[] options)
    {
        string line = SingleErrorLine(Run(["assess", Eligible, .. options]));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", line, StringComparison.Ordinal);
    }
}
