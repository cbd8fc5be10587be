using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>The course-start search checks the whole initial course placed from a start, not session 1 alone.</summary>
public class CourseStartSearchTests
{
    private static SessionPlanner PlannerWith(int searchDays)
    {
        var options = new MesoRulesOptions();
        options.Planning.CourseStartSearchDays = searchDays;
        return new SessionPlanner(MesoRulesPolicy.Create(options));
    }

    /// <summary>Search days, the initial dates expected, whether conflicts remain, and the start finding expected (null: none).</summary>
    public static TheoryData<int, string[], bool, string?> Cases => new()
    {
        // Session 1 on 2026-03-02 clears a sun holiday from 2026-03-05 (its 48 h end on 2026-03-04), but every date allowed
        // for session 2 (2026-03-09 to 2026-03-16) falls in it: the whole course starts after the holiday.
        {
            90, ["2026-03-23", "2026-04-06", "2026-04-20", "2026-05-04"], false,
            "The course start moves from 2026-03-02 to 2026-03-23 so that the aftercare of session 2, placed from that start, does not cover the patient's sun holiday (2026-03-05 to 2026-03-20)."
        },

        // No start within the search clears the course: session 1 alone decides, as before, and session 2 reports its conflict.
        { 10, ["2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"], true, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_holiday_that_session_2_would_hit_moves_the_course_start(int searchDays, string[] expected, bool conflicts, string? startFinding)
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.PatientActivities = [new PatientActivity(AftercareActivity.Sun, D("2026-03-05"), D("2026-03-20"), "sun holiday")]; });
        SessionPlan plan = PlannerWith(searchDays).Plan(request);
        Assert.Equal(expected, Dates(plan, SessionPhase.Initial));
        Assert.Equal(conflicts, plan.HasConflicts);
        if (startFinding is null)
        {
            Assert.DoesNotContain(plan.Findings, f => f.Text.StartsWith("The course start moves", StringComparison.Ordinal));
            Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity && f.Kind == PlanFindingKind.Conflict && f.SessionNumber == 2);
        }
        else
        {
            PlanFinding moved = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity);
            Assert.Equal(startFinding, moved.Text);
            Assert.Equal(1, moved.SessionNumber);
        }
    }
}
