using MesoRules.Patients;
using MesoRules.Planning;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>The follow-up check belongs to the end of the initial course: once the review is held or maintenance begun, no overdue check is planned.</summary>
public class FollowUpInMaintenanceTests
{
    private static readonly SessionPlanner Planner = new();

    private static readonly CourseVisit[] InitialDone = [new(D("2026-03-02")), new(D("2026-03-16")), new(D("2026-03-30")), new(D("2026-04-13"))];

    private static readonly CourseVisit Review = new(D("2026-04-27"), SessionPhase.Review);

    /// <summary>Visits (by name), the planning day, the follow-up date expected (null: none) and whether its text says overdue.</summary>
    public static TheoryData<string, string, string?, bool> Cases => new()
    {
        // Past the review, the check (due 2026-07-06, 12 weeks after 2026-04-13) already due: none planned.
        { "review", "2026-09-01", null, false },
        { "review+maintenance", "2026-11-02", null, false },
        { "maintenance", "2026-11-02", null, false },

        // Past the review, the check not yet due: still planned on its due date.
        { "review", "2026-04-28", "2026-07-06", false },

        // The initial course ended without a review: the check is overdue and planned from the planning day.
        { "initial", "2026-08-03", "2026-08-03", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_overdue_follow_up_is_planned_only_before_the_review(string history, string today, string? expected, bool overdue)
    {
        CourseVisit[] visits = history switch
        {
            "review" => [.. InitialDone, Review],
            "review+maintenance" => [.. InitialDone, Review, new(D("2026-10-27"), SessionPhase.Maintenance)],
            "maintenance" => [.. InitialDone, new(D("2026-10-27"), SessionPhase.Maintenance)],
            _ => InitialDone,
        };
        PlanRequest request = Request(Severity.Mild, TreatmentResponse.Partial).With(r => { r.Visits = visits; r.Today = D(today); });
        SessionPlan plan = Planner.Plan(request);

        if (expected is null)
        {
            Assert.Null(plan.FollowUp);
            Assert.DoesNotContain(plan.Findings, f => f.RuleId == PlanningRuleIds.FollowUp);
            return;
        }

        FollowUpVisit followUp = Assert.IsType<FollowUpVisit>(plan.FollowUp);
        Assert.Equal(D(expected), followUp.Date);
        Assert.Equal(D("2026-07-06"), followUp.DueDate);
        Assert.Equal(overdue, followUp.Text.Contains("overdue", StringComparison.Ordinal));
        Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.FollowUp);
    }
}
