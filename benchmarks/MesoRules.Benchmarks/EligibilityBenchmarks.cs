using BenchmarkDotNet.Attributes;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Assessing patients under a policy of 29 rules (the defaults, medicine screening and ingredient names included) or 79
/// (the defaults and 50 clinic rules), against the hand-written if/else baseline of the 26 rules that read no medicine
/// list. Targets (29 rules): the typical patient at most 350 ns, allocating only the result; the twenty-medicine patient
/// at most 1 us.
/// </summary>
public class EligibilityBenchmarks
{
    private readonly PatientProfile[] _patients = BenchmarkPatients.Varied;
    private EligibilityEngine _engine = null!;
    private int _next;

    /// <summary>An adult with pattern hair loss, fully answered, one allergy not in the mix, a keloid tendency.</summary>
    public static PatientProfile TypicalPatient => BenchmarkPatients.Typical;

    /// <summary>The number of eligibility rules in the policy: the 29 defaults, or those and 50 clinic rules.</summary>
    [Params(ClinicPolicies.DefaultRuleCount, ClinicPolicies.WithClinicRuleCount)]
    public int Rules { get; set; } = ClinicPolicies.DefaultRuleCount;

    [GlobalSetup]
    public void Setup() => _engine = new EligibilityEngine(ClinicPolicies.For(Rules));

    /// <summary>The hand-written baseline of the 26 rules that read no medicine list (it ignores <see cref="Rules"/>).</summary>
    [Benchmark(Baseline = true)]
    public EligibilityAssessment HandWritten() => HandWrittenEligibility.Assess(TypicalPatient);

    /// <summary>The engine on the typical patient.</summary>
    [Benchmark]
    public EligibilityAssessment Engine() => _engine.Assess(TypicalPatient);

    /// <summary>The engine on the typical patient with twenty medicines, two of them of screened classes.</summary>
    [Benchmark]
    public EligibilityAssessment EngineTwentyMedicines() => _engine.Assess(BenchmarkPatients.TwentyMedicines);

    /// <summary>The engine on the next of 64 generated patients (one patient per operation).</summary>
    [Benchmark]
    public EligibilityAssessment EngineVaried() => _engine.Assess(_patients[_next++ & (BenchmarkPatients.VariedCount - 1)]);
}
