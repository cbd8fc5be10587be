using BenchmarkDotNet.Attributes;
using MesoRules.Disclosure;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Building the tailored risk disclosure for one patient under the default policy, content hash included.
/// Everything that depends only on the policy (the risk variants and their item hashes) is built once when the
/// policy compiles; a call picks the variants and hashes about a kilobyte of lines. Rendering is measured apart.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private readonly DisclosureEngine _engine = new();
    private RiskDisclosure _disclosure = null!;

    /// <summary>An adult with pattern hair loss, diabetes and a keloid tendency, one allergy not in the mix.</summary>
    public static PatientProfile TypicalPatient { get; } = new()
    {
        Cause = HairLossCause.AndrogeneticAlopecia,
        Severity = Severity.Moderate,
        AgeYears = 34,
        Health = HealthHistory.NoneKnown with { Diabetes = Answer.Yes, KeloidTendency = Answer.Yes },
        AllergiesDisclosed = true,
        Allergies = [new KnownAllergy("penicillin")],
        MedicinesDisclosed = true,
        CurrentMedicines = ["minoxidil 5% topical"],
        Formulation = new Formulation("Hair vitamin complex", ["biotin", "hyaluronic acid", "zinc", "d-panthenol"]),
    };

    [GlobalSetup]
    public void Setup() => _disclosure = _engine.Disclose(TypicalPatient);

    [Benchmark(Baseline = true)]
    public RiskDisclosure Disclose() => _engine.Disclose(TypicalPatient);

    [Benchmark]
    public string RenderPlainText() => _disclosure.ToPlainText();
}
