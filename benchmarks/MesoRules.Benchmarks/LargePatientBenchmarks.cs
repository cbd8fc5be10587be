using BenchmarkDotNet.Attributes;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;

namespace MesoRules.Benchmarks;

/// <summary>
/// The typical patient with one list grown to <see cref="Size"/> entries: allergies, medicines, mix components,
/// or both allergies and components. Names are distinct, share long prefixes and come in reverse order, and no
/// allergy matches the mix, so that sorting and matching do all their work. Eligibility, the disclosure (with
/// its history hash) and the full plan of <see cref="PlanningBenchmarks"/> with a valid acknowledgment, so that
/// the consent gate builds the disclosure too.
/// </summary>
public class LargePatientBenchmarks
{
    /// <summary>The number of entries in each grown list.</summary>
    public const int Size = 10_000;

    private static readonly DateTimeOffset Now = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);
    private EligibilityEngine _eligibility = null!;
    private DisclosureEngine _disclosure = null!;
    private SessionPlanner _planner = null!;
    private PatientProfile _patient = null!;
    private PlanRequest _request = null!;

    /// <summary>The lists grown to <see cref="Size"/> entries.</summary>
    [Params("Allergies", "Medicines", "Components", "AllergiesAndComponents")]
    public string Lists { get; set; } = "Allergies";

    [GlobalSetup]
    public void Setup()
    {
        var clock = new FixedClock(Now);
        _eligibility = new EligibilityEngine();
        _disclosure = new DisclosureEngine(Policy.MesoRulesPolicy.Default, clock);
        _planner = new SessionPlanner(Policy.MesoRulesPolicy.Default, clock);
        _patient = Grow(BenchmarkPatients.Typical, Lists, Size);
        DisclosureAcknowledgment acknowledgment = _disclosure.Acknowledge(_disclosure.Disclose(_patient), "MRN-1", AcknowledgingParty.Patient);
        _request = PlanningBenchmarks.FullPlan.With(r => { r.Patient = _patient; r.Acknowledgments = [acknowledgment]; });
    }

    /// <summary>Returns <paramref name="patient"/> with the named lists grown to <paramref name="size"/> entries.</summary>
    public static PatientProfile Grow(PatientProfile patient, string lists, int size) => lists switch
    {
        "Allergies" => patient.With(p => p.Allergies = Allergies(size)),
        "Medicines" => patient.With(p => p.CurrentMedicines = Names("medicine", size)),
        "Components" => patient.With(p => p.Formulation = new Formulation(patient.Formulation!.Name, Names("component", size))),
        "AllergiesAndComponents" => patient.With(p => { p.Allergies = Allergies(size); p.Formulation = new Formulation(patient.Formulation!.Name, Names("component", size)); }),
        _ => throw new ArgumentOutOfRangeException(nameof(lists), lists, "Allowed: Allergies, Medicines, Components, AllergiesAndComponents."),
    };

    [Benchmark(Baseline = true)]
    public EligibilityAssessment Eligibility() => _eligibility.Assess(_patient);

    [Benchmark]
    public RiskDisclosure Disclosure() => _disclosure.Disclose(_patient);

    [Benchmark]
    public SessionPlan Plan() => _planner.Plan(_request);

    private static KnownAllergy[] Allergies(int size) => [.. Names("allergen", size).Select((s, i) => new KnownAllergy(s, Anaphylaxis: i % 10 == 0))];

    // Distinct names with a long shared prefix, in reverse order: the worst case for an insertion sort.
    private static string[] Names(string prefix, int size) =>
        [.. Enumerable.Range(0, size).Reverse().Select(i => $"{prefix} extract number {i:D6}")];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
