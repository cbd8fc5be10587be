using BenchmarkDotNet.Attributes;
using MesoRules.Benchmarks.Peers;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Re-checking a whole clinic after a policy change: assessing 100,000 generated patients one after another
/// on one thread (throughput per core), under the 26 rules that read no medicine list in every implementation (the peer
/// policy, <see cref="DefaultRuleNotes.Policy"/>), and under 79 rules (the defaults and 50 clinic rules) in MesoRules. The <c>Patients/s</c> column is the throughput.
/// </summary>
/// <remarks>
/// One operation is the whole batch, so its own job (<see cref="MesoRulesBenchmarkConfig.BatchJob"/>) runs few of
/// them; a job named on the command line replaces it. Under <c>--job dry</c> the configuration keeps the batch of
/// <see cref="DrySize"/> patients, otherwise the one of <see cref="FullSize"/>, so the smoke run in CI stays short.
/// </remarks>
public class BatchBenchmarks
{
    private readonly EligibilityEngine _engine = new(DefaultRuleNotes.Policy);
    private readonly EligibilityEngine _clinicEngine = new(ClinicPolicies.For(ClinicPolicies.WithClinicRuleCount));
    private readonly RulesEngineEligibility _rulesEngine = new();
    private readonly NRulesEligibility _nrules = new();
    private PatientProfile[] _patients = null!;

    /// <summary>The batch measured: 100,000 patients.</summary>
    public const int FullSize = 100_000;

    /// <summary>The batch of the dry run, a smoke test of one operation: 1,000 patients.</summary>
    public const int DrySize = 1_000;

    /// <summary>The number of patients in the batch: <see cref="FullSize"/>, or <see cref="DrySize"/> in a dry run (the configuration keeps one of the two).</summary>
    [Params(DrySize, FullSize)]
    public int Patients { get; set; } = FullSize;

    [GlobalSetup]
    public void Setup()
    {
        _patients = BenchmarkPatients.Generate(Patients, BenchmarkPatients.Seed + 1);
        _rulesEngine.Assess(BenchmarkPatients.Typical);
        _nrules.Assess(BenchmarkPatients.Typical);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        int sum = 0;
        foreach (PatientProfile p in _patients)
        {
            sum += (int)HandWrittenEligibility.Assess(p).Outcome;
        }

        return sum;
    }

    [Benchmark]
    public int MesoRules() => Run(_engine);

    [Benchmark]
    public int MesoRules76Rules() => Run(_clinicEngine);

    [Benchmark]
    public int RulesEngine()
    {
        int sum = 0;
        foreach (PatientProfile p in _patients)
        {
            sum += (int)_rulesEngine.Assess(p).Outcome;
        }

        return sum;
    }

    [Benchmark]
    public int NRules()
    {
        int sum = 0;
        foreach (PatientProfile p in _patients)
        {
            sum += (int)_nrules.Assess(p).Outcome;
        }

        return sum;
    }

    private int Run(EligibilityEngine engine)
    {
        int sum = 0;
        foreach (PatientProfile p in _patients)
        {
            sum += (int)engine.Assess(p).Outcome;
        }

        return sum;
    }
}
