using BenchmarkDotNet.Attributes;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Assessing patients under a policy of 26 rules (the defaults) or 76 (the defaults and 50 clinic rules),
/// against the hand-written if/else baseline of the 26 default rules. Targets (26 rules, typical patient):
/// at most 300 ns, within 3x of the baseline, allocating only the result.
/// </summary>
public class EligibilityBenchmarks
{
    private readonly PatientProfile[] _patients = BenchmarkPatients.Varied;
    private EligibilityEngine _engine = null!;
    private int _next;

    /// <summary>An adult with pattern hair loss, fully answered, one allergy not in the mix, a keloid tendency.</summary>
    public static PatientProfile TypicalPatient => BenchmarkPatients.Typical;

    /// <summary>The number of eligibility rules in the policy: the 26 defaults, or those and 50 clinic rules.</summary>
    [Params(ClinicPolicies.DefaultRuleCount, ClinicPolicies.WithClinicRuleCount)]
    public int Rules { get; set; } = ClinicPolicies.DefaultRuleCount;

    [GlobalSetup]
    public void Setup() => _engine = new EligibilityEngine(ClinicPolicies.For(Rules));

    /// <summary>The hand-written baseline of the 26 default rules (it ignores <see cref="Rules"/>).</summary>
    [Benchmark(Baseline = true)]
    public EligibilityAssessment HandWritten() => HandWrittenEligibility.Assess(TypicalPatient);

    /// <summary>The engine on the typical patient.</summary>
    [Benchmark]
    public EligibilityAssessment Engine() => _engine.Assess(TypicalPatient);

    /// <summary>The engine on the next of 64 generated patients (one patient per operation).</summary>
    [Benchmark]
    public EligibilityAssessment EngineVaried() => _engine.Assess(_patients[_next++ & (BenchmarkPatients.VariedCount - 1)]);
}
