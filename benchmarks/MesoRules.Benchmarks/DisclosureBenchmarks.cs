using BenchmarkDotNet.Attributes;
using MesoRules.Disclosure;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Building the tailored risk disclosure for one patient, content hash included (target: at most 3 us).
/// Everything that depends only on the policy (the risk variants and their item hashes) is built once when the
/// policy compiles; a call picks the variants and hashes about a kilobyte of lines. Rendering is measured apart.
/// Also: the next of 64 generated patients, under a policy of 26 or 76 eligibility rules.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private readonly PatientProfile[] _patients = BenchmarkPatients.Varied;
    private DisclosureEngine _engine = null!;
    private RiskDisclosure _disclosure = null!;
    private int _next;

    /// <summary>An adult with pattern hair loss, diabetes and a keloid tendency, one allergy not in the mix.</summary>
    public static PatientProfile TypicalPatient { get; } = BenchmarkPatients.Typical.With(p => p.Health = HealthHistory.AllNo.With(HealthFactor.Diabetes, Answer.Yes).With(HealthFactor.KeloidTendency, Answer.Yes));

    /// <summary>The number of eligibility rules in the policy: the 26 defaults, or those and 50 clinic rules.</summary>
    [Params(ClinicPolicies.DefaultRuleCount, ClinicPolicies.WithClinicRuleCount)]
    public int Rules { get; set; } = ClinicPolicies.DefaultRuleCount;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DisclosureEngine(ClinicPolicies.For(Rules), TimeProvider.System);
        _disclosure = _engine.Disclose(TypicalPatient);
    }

    [Benchmark(Baseline = true)]
    public RiskDisclosure Disclose() => _engine.Disclose(TypicalPatient);

    [Benchmark]
    public RiskDisclosure DiscloseVaried() => _engine.Disclose(_patients[_next++ & (BenchmarkPatients.VariedCount - 1)]);

    [Benchmark]
    public string RenderPlainText() => _disclosure.Render();
}
