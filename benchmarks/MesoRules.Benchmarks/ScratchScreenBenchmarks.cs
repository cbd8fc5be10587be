using BenchmarkDotNet.Attributes;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Benchmarks;

public class ScratchScreenBenchmarks
{
    private readonly MedicineCatalog _catalog = MesoRulesPolicy.Default.EligibilityRules.Medicines;
    private readonly IReadOnlyList<string> _meds = BenchmarkPatients.TwentyMedicines.CurrentMedicines;

    [Benchmark(Baseline = true)]
    public int Screen() => (int)MesoRulesPolicy.Default.EligibilityRules.Screen(BenchmarkPatients.TwentyMedicines).Medicines;

    [Benchmark]
    public ulong MedicinesOnly() => _catalog.Screen(_meds);


    [Benchmark]
    public bool AsciiCheck()
    {
        bool all = true;
        foreach (string m in _meds)
        {
            all &= System.Text.Ascii.IsValid(m);
        }

        return all;
    }

    [Benchmark]
    public void Validate() => PatientProfile.ThrowIfInvalid(BenchmarkPatients.TwentyMedicines);

    [Benchmark]
    public EligibilityAssessment Full() => EligibilityEngine.Evaluate(MesoRulesPolicy.Default, BenchmarkPatients.TwentyMedicines);
}
