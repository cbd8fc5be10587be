using BenchmarkDotNet.Attributes;
using MesoRules.Disclosure;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Building the tailored risk disclosure for one patient, content hash included (target: at most 3 us).
/// Everything that depends only on the policy (the risk variants and their item hashes) is built once when the
/// policy compiles; a call picks the variants and hashes about a kilobyte of lines. Rendering is measured apart.
/// Also: the next of 64 generated patients. Under the default policy only: the disclosure reads its own rules
/// and never the eligibility rules, so the 76-rule policy of the other engines' benchmarks is not a parameter
/// here (it measured the same, within noise).
/// </summary>
public class DisclosureBenchmarks
{
    private readonly PatientProfile[] _patients = BenchmarkPatients.Varied;
    private readonly DisclosureEngine _engine = new();
    private RiskDisclosure _disclosure = null!;
    private int _next;

    /// <summary>An adult with pattern hair loss, diabetes and a keloid tendency, one allergy not in the mix.</summary>
    public static PatientProfile TypicalPatient { get; } = BenchmarkPatients.Typical.With(p => p.Health = HealthHistory.AllNo.With(h => { h.Diabetes = Answer.Yes; h.KeloidTendency = Answer.Yes; }));

    [GlobalSetup]
    public void Setup() => _disclosure = _engine.Disclose(TypicalPatient);

    [Benchmark(Baseline = true)]
    public RiskDisclosure Disclose() => _engine.Disclose(TypicalPatient);

    [Benchmark]
    public RiskDisclosure DiscloseVaried() => _engine.Disclose(_patients[_next++ & (BenchmarkPatients.VariedCount - 1)]);

    [Benchmark]
    public string RenderPlainText() => _disclosure.Render();
}
