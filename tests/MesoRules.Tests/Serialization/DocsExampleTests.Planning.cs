using Microsoft.Extensions.Time.Testing;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;

namespace MesoRules.Tests.Serialization;

/// <summary>The planning examples in docs/json.md are what the serializer writes and the planner gives today.</summary>
public partial class DocsExampleTests
{
    /// <summary>The documented request's planning day, 2026-11-02, at 09:00 UTC: the clock the consent gate reads.</summary>
    private static readonly DateTimeOffset PlanningDay = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly SessionPlanner Planner = new(MesoRulesPolicy.Default, new FakeTimeProvider(PlanningDay));

    private static PlanRequest DocumentedRequest() => MesoRulesJson.Deserialize<PlanRequest>(Example("## PlanRequest (input)"));

    private static void AssertDocumented(string documented, string written) =>
        Assert.Equal(documented.ReplaceLineEndings("\n").Trim(), written.ReplaceLineEndings("\n").Trim());

    [Fact]
    public void The_documented_plan_request_is_what_the_serializer_writes_for_it()
    {
        AssertDocumented(Example("## PlanRequest (input)"), MesoRulesJson.Serialize(DocumentedRequest()));
    }

    [Fact]
    public void The_documented_plan_request_has_a_visit_of_each_phase_and_each_status_a_course_start_and_a_planning_day()
    {
        PlanRequest request = DocumentedRequest();

        Assert.Equal(Enum.GetValues<SessionPhase>(), request.Visits.Select(v => v.Phase).Distinct().Order());
        Assert.Equal(Enum.GetValues<VisitStatus>(), request.Visits.Select(v => v.Status).Distinct().Order());
        Assert.Contains(request.Visits, v => v.Time is not null);
        Assert.Equal(new DateOnly(2026, 3, 2), request.CourseStart);
        Assert.Equal(DateOnly.FromDateTime(PlanningDay.UtcDateTime), request.Today);
    }

    [Fact]
    public void The_documented_plan_is_what_the_planner_gives_the_documented_request()
    {
        AssertDocumented(Example("## SessionPlan (output)"), MesoRulesJson.Serialize(Planner.Plan(DocumentedRequest())));
    }

    [Fact]
    public void The_documented_follow_up_is_what_the_documented_request_gets_as_a_new_course()
    {
        PlanRequest request = DocumentedRequest();
        request.Visits = [];
        request.Today = null;

        AssertDocumented(Example("The same request as a new course"), MesoRulesJson.Serialize(Planner.Plan(request).FollowUp));
    }
}
