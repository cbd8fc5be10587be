using BenchmarkDotNet.Attributes;
using MesoRules.Benchmarks.Peers;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// The 26 eligibility rules that read no medicine list (the peer policy, <see cref="DefaultRuleNotes.Policy"/>: the
/// defaults with medicine screening switched off), the same inputs and the same result record, in four implementations:
/// hand-written if/else (the baseline), MesoRules, Microsoft RulesEngine 6.0.1 and NRules 1.0.4. A property
/// test (tests/MesoRules.Benchmarks.Tests) checks that all four agree. Targets: MesoRules at least 20x faster
/// than RulesEngine, 10x faster than NRules, within 3x of the baseline.
/// </summary>
public class EligibilityPeerBenchmarks
{
    private readonly EligibilityEngine _engine = new(DefaultRuleNotes.Policy);
    private readonly RulesEngineEligibility _rulesEngine = new();
    private readonly NRulesEligibility _nrules = new();
    private PatientProfile[] _patients = null!;
    private int _next;

    /// <summary>Which patients: the typical one, or the next of 64 generated ones per operation.</summary>
    [Params("typical", "varied")]
    public string Patients { get; set; } = "varied";

    [GlobalSetup]
    public void Setup()
    {
        _patients = Patients == "typical" ? [BenchmarkPatients.Typical] : BenchmarkPatients.Varied;

        // Parse and compile outside the measurement.
        _rulesEngine.Assess(BenchmarkPatients.Typical);
        _nrules.Assess(BenchmarkPatients.Typical);
    }

    [Benchmark(Baseline = true)]
    public EligibilityAssessment HandWritten() => HandWrittenEligibility.Assess(Next());

    [Benchmark]
    public EligibilityAssessment MesoRules() => _engine.Assess(Next());

    [Benchmark]
    public EligibilityAssessment RulesEngine() => _rulesEngine.Assess(Next());

    [Benchmark]
    public EligibilityAssessment NRules() => _nrules.Assess(Next());

    private PatientProfile Next() => _patients[_next++ & (_patients.Length - 1)];
}
