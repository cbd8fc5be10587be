using BenchmarkDotNet.Attributes;
using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;

namespace MesoRules.Benchmarks;

/// <summary>
/// A full plan: 6 initial sessions, a review and 4 maintenance sessions, weekends closed, 3 patient activities
/// (target: at most 5 us); and plans for 64 generated patients, of whom some are stopped by the eligibility
/// gate, under a policy of 29 or 79 eligibility rules; and re-planning a course with 20 recorded visits (target: at most 10 us).
/// </summary>
public class PlanningBenchmarks
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly PlanRequest[] _varied = [.. BenchmarkPatients.Varied.Select((p, i) => FullPlan.With(r => { r.Patient = p; r.CourseStart = FullPlan.CourseStart.AddDays(i * 5); }))];
    private SessionPlanner _planner = null!;
    private int _next;

    /// <summary>The request measured: a severe, good-response patient, 24 months of maintenance.</summary>
    public static PlanRequest FullPlan { get; } = new()
    {
        Patient = BenchmarkPatients.Typical.With(p => { p.Severity = Severity.Severe; p.Response = TreatmentResponse.Good; }),
        CourseStart = new DateOnly(2026, 3, 2),
        TimeZone = London,
        SessionTime = new TimeOnly(10, 0),
        MaintenanceHorizonMonths = 24,
        PatientActivities =
        [
            new PatientActivity(AftercareActivity.Sun, new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 20), "beach holiday"),
            new PatientActivity(AftercareActivity.Swimming, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), "swimming event"),
            new PatientActivity(AftercareActivity.HarshHairProducts, new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 10), "hair colouring"),
        ],
    };

    /// <summary>
    /// Re-planning a course with 20 recorded visits (target: at most 10 us): 6 initial sessions, the review and 13
    /// maintenance sessions done six months apart, re-planned the day after the last one.
    /// </summary>
    public static PlanRequest Replan { get; } = FullPlan.With(r =>
    {
        DateOnly start = FullPlan.CourseStart;
        DateOnly review = start.AddDays(42);
        r.Visits =
        [
            .. Enumerable.Range(0, 6).Select(i => new CourseVisit(start.AddDays(i * 7))),
            new CourseVisit(review, SessionPhase.Review),
            .. Enumerable.Range(1, 13).Select(i => new CourseVisit(review.AddMonths(i * 6), SessionPhase.Maintenance)),
        ];
        r.Today = review.AddMonths(78).AddDays(1);
    });

    /// <summary>The number of eligibility rules in the policy: the 29 defaults, or those and 50 clinic rules.</summary>
    [Params(ClinicPolicies.DefaultRuleCount, ClinicPolicies.WithClinicRuleCount)]
    public int Rules { get; set; } = ClinicPolicies.DefaultRuleCount;

    [GlobalSetup]
    public void Setup() => _planner = new SessionPlanner(ClinicPolicies.For(Rules));

    [Benchmark(Baseline = true)]
    public SessionPlan Plan() => _planner.Plan(FullPlan);

    /// <summary>Re-plans <see cref="Replan"/>: 20 visits read, maintenance placed from the last one.</summary>
    [Benchmark]
    public SessionPlan ReplanTwentyVisits() => _planner.Plan(Replan);

    /// <summary>The next of 64 generated patients, with the activities of <see cref="FullPlan"/>.</summary>
    [Benchmark]
    public SessionPlan PlanVaried() => _planner.Plan(_varied[_next++ & (BenchmarkPatients.VariedCount - 1)]);
}
