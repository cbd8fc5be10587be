using BenchmarkDotNet.Attributes;
using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;

namespace MesoRules.Benchmarks;

/// <summary>A full plan: 6 initial sessions, a review and 4 maintenance sessions, weekends closed, 3 patient activities.</summary>
[MemoryDiagnoser]
public class PlanningBenchmarks
{
    private readonly SessionPlanner _planner = new();

    /// <summary>The request measured: a severe, good-response patient, 24 months of maintenance.</summary>
    public static PlanRequest FullPlan { get; } = new()
    {
        Patient = EligibilityBenchmarks.TypicalPatient with { Severity = Severity.Severe, Response = TreatmentResponse.Good },
        FirstSessionDate = new DateOnly(2026, 3, 2),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"),
        SessionTime = new TimeOnly(10, 0),
        MaintenanceHorizonMonths = 24,
        PatientActivities =
        [
            new PatientActivity(AftercareActivity.Sun, new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 20), "beach holiday"),
            new PatientActivity(AftercareActivity.Swimming, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), "swimming event"),
            new PatientActivity(AftercareActivity.HarshHairProducts, new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 10), "hair colouring"),
        ],
    };

    [Benchmark]
    public SessionPlan Plan() => _planner.Plan(FullPlan);
}
