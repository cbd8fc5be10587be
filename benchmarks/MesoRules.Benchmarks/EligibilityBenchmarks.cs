using BenchmarkDotNet.Attributes;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>Assessing a typical patient under the default policy, against the hand-written if/else baseline.</summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private readonly EligibilityEngine _engine = new();

    /// <summary>An adult with pattern hair loss, fully answered, one allergy not in the mix, a keloid tendency.</summary>
    public static PatientProfile TypicalPatient { get; } = new()
    {
        Cause = HairLossCause.AndrogeneticAlopecia,
        Severity = Severity.Moderate,
        AgeYears = 34,
        Health = HealthHistory.NoneKnown with { KeloidTendency = Answer.Yes },
        AllergiesDisclosed = true,
        Allergies = [new KnownAllergy("penicillin")],
        MedicinesDisclosed = true,
        CurrentMedicines = ["minoxidil 5% topical"],
        Formulation = new Formulation("Hair vitamin complex", ["biotin", "hyaluronic acid", "zinc", "d-panthenol"]),
    };

    [Benchmark(Baseline = true)]
    public EligibilityAssessment HandWritten() => HandWrittenEligibility.Assess(TypicalPatient);

    [Benchmark]
    public EligibilityAssessment Engine() => _engine.Assess(TypicalPatient);
}
