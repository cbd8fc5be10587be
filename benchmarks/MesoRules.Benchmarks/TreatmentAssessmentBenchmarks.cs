using BenchmarkDotNet.Attributes;
using MesoRules.Assessment;
using MesoRules.Planning;

namespace MesoRules.Benchmarks;

/// <summary>
/// The facade: one full assessment (eligibility, disclosure, plan, aftercare of the first session) for the
/// full-plan request of <see cref="PlanningBenchmarks"/> (target: at most 10 us), and for 64 generated
/// patients, under a policy of 29 or 79 eligibility rules.
/// </summary>
public class TreatmentAssessmentBenchmarks
{
    private readonly PlanRequest[] _varied = [.. BenchmarkPatients.Varied.Select((p, i) => PlanningBenchmarks.FullPlan.With(r => { r.Patient = p; r.CourseStart = PlanningBenchmarks.FullPlan.CourseStart.AddDays(i * 5); }))];
    private TreatmentAssessor _assessor = null!;
    private int _next;

    /// <summary>The number of eligibility rules in the policy: the 29 defaults, or those and 50 clinic rules.</summary>
    [Params(ClinicPolicies.DefaultRuleCount, ClinicPolicies.WithClinicRuleCount)]
    public int Rules { get; set; } = ClinicPolicies.DefaultRuleCount;

    [GlobalSetup]
    public void Setup() => _assessor = new TreatmentAssessor(ClinicPolicies.For(Rules), TimeProvider.System);

    [Benchmark(Baseline = true)]
    public TreatmentAssessment Assess() => _assessor.Assess(PlanningBenchmarks.FullPlan);

    [Benchmark]
    public TreatmentAssessment AssessVaried() => _assessor.Assess(_varied[_next++ & (BenchmarkPatients.VariedCount - 1)]);
}
