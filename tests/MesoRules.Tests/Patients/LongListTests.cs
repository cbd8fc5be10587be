using System.Collections;
using MesoRules.Assessment;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;

namespace MesoRules.Tests.Patients;

/// <summary>
/// Eligibility, the disclosure, the plan and the whole assessment cost about linear time in the length of a patient's lists: 100,000
/// allergies, medicines or mix components (or 100,000 allergies and 100,000 components) are answered, correctly.
/// Each call runs under a generous hang guard, not a timer (the timings are in <c>LargePatientBenchmarks</c>);
/// the names come in reverse order with long shared prefixes, the worst case for a quadratic sort, and the
/// reads of each list are counted, which a pair-by-pair match of allergies and components would multiply.
/// </summary>
public class LongListTests
{
    private const int Size = 100_000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Now = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly EligibilityEngine Eligibility = new();
    private static readonly DisclosureEngine Disclosure = new(MesoRulesPolicy.Default, new FixedClock(Now));
    private static readonly SessionPlanner Planner = new(MesoRulesPolicy.Default, new FixedClock(Now));
    private static readonly TreatmentAssessor Assessor = new(MesoRulesPolicy.Default, new FixedClock(Now));

    // Names in reverse order with a long shared prefix.
    private static string[] Names(string prefix) => [.. Enumerable.Range(0, Size).Reverse().Select(i => $"{prefix} extract number {i:D6}")];

    private static KnownAllergy[] Allergies(string prefix) => [.. Names(prefix).Select(s => new KnownAllergy(s))];

    [Fact]
    public void A_patient_with_100000_allergies_is_assessed_disclosed_and_planned()
    {
        PatientProfile patient = SamplePatients.Clear.With(it0 => { it0.Allergies = Allergies("allergen"); });

        EligibilityAssessment eligibility = Guarded(() => Eligibility.Assess(patient));
        Assert.Contains(eligibility.Notes, n => n.RuleId == EligibilityRuleIds.OtherAllergy);
        RiskDisclosure disclosure = Guarded(() => Disclosure.Disclose(patient));
        Assert.Equal(RiskLevel.Raised, disclosure.GetRisk(DisclosureRuleIds.AllergicReaction).Level);
        AssertPlannedWithConsent(patient, disclosure);
    }

    [Fact]
    public void An_allergy_at_the_end_of_100000_still_stops_the_treatment()
    {
        PatientProfile patient = SamplePatients.Clear.With(it1 => { it1.Allergies = [.. Allergies("allergen"), new KnownAllergy("Hyaluronic-Acid", Anaphylaxis: true)]; });

        Assert.Equal(EligibilityOutcome.NotEligible, Guarded(() => Eligibility.Assess(patient)).Outcome);
        Assert.Equal(RiskLevel.HighlyRaised, Guarded(() => Disclosure.Disclose(patient)).GetRisk(DisclosureRuleIds.AllergicReaction).Level);
        Assert.Empty(Guarded(() => Planner.Plan(Request(patient))).Sessions);
    }

    [Fact]
    public void Medicine_screening_and_ingredient_names_stay_linear_and_a_class_medicine_at_the_end_of_100000_still_asks()
    {
        // Every medicine and allergy holds words the index must look up; the class medicine and the synonym come last.
        PatientProfile patient = SamplePatients.Clear.With(p =>
        {
            p.CurrentMedicines = [.. Names("warfarine-like"), "Warfarin 5 mg"];
            p.Allergies = [.. Allergies("vitamin"), new KnownAllergy("vitamin B7")];
            p.Formulation = new Formulation("mix", [.. Names("zinc"), "biotin"]);
        });

        EligibilityAssessment a = Guarded(() => Eligibility.Assess(patient));
        Assert.Contains(a.Notes, n => n.RuleId == EligibilityRuleIds.MedicineContradictsAnswer);
        Assert.Contains(a.Notes, n => n.RuleId == EligibilityRuleIds.AllergyToComponent && n.Detail!.Contains("'biotin'", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.HighlyRaised, Guarded(() => Disclosure.Disclose(patient)).GetRisk(DisclosureRuleIds.AllergicReaction).Level);
    }

    [Fact]
    public void A_patient_with_100000_medicines_is_assessed_disclosed_and_planned()
    {
        PatientProfile patient = SamplePatients.Clear.With(it2 => { it2.CurrentMedicines = Names("medicine"); });

        Assert.Equal(EligibilityOutcome.Eligible, Guarded(() => Eligibility.Assess(patient)).Outcome);
        RiskDisclosure disclosure = Guarded(() => Disclosure.Disclose(patient));
        Assert.Equal(disclosure.HistoryHash, Guarded(() => Disclosure.Disclose(patient.With(it3 => { it3.CurrentMedicines = [.. patient.CurrentMedicines.Reverse()]; }))).HistoryHash);
        AssertPlannedWithConsent(patient, disclosure);
    }

    [Fact]
    public void A_mix_with_100000_components_is_assessed_disclosed_and_planned()
    {
        PatientProfile patient = SamplePatients.Clear.With(it4 => { it4.Allergies = [new KnownAllergy("penicillin")]; it4.Formulation = new Formulation("large mix", [.. Names("component"), "Dutasteride 0.01%"]); });

        EligibilityAssessment eligibility = Guarded(() => Eligibility.Assess(patient));
        Assert.Contains(eligibility.Notes, n => n.RuleId == EligibilityRuleIds.PregnancyAvoidanceComponent);
        Assert.Contains(eligibility.Notes, n => n.RuleId == EligibilityRuleIds.OtherAllergy);
        RiskDisclosure disclosure = Guarded(() => Disclosure.Disclose(patient));
        Assert.Equal(RiskLevel.Raised, disclosure.GetRisk(DisclosureRuleIds.AllergicReaction).Level);
        AssertPlannedWithConsent(patient, disclosure);
    }

    [Fact]
    public void A_patient_with_100000_allergies_and_a_mix_of_100000_components_is_assessed_disclosed_and_planned()
    {
        PatientProfile patient = SamplePatients.Clear.With(it5 => { it5.Allergies = Allergies("allergen"); it5.Formulation = new Formulation("large mix", Names("component")); });

        Assert.Equal(EligibilityOutcome.EligibleWithCautions, Guarded(() => Eligibility.Assess(patient)).Outcome);
        RiskDisclosure disclosure = Guarded(() => Disclosure.Disclose(patient));
        Assert.Equal(RiskLevel.Raised, disclosure.GetRisk(DisclosureRuleIds.AllergicReaction).Level);
        AssertPlannedWithConsent(patient, disclosure);

        // The last allergy written another way is held by the last component.
        PatientProfile allergic = patient.With(it6 => { it6.Allergies = [.. patient.Allergies, new KnownAllergy("COMPONENT-extract number 000000", Anaphylaxis: true)]; });
        Assert.Equal(EligibilityOutcome.NotEligible, Guarded(() => Eligibility.Assess(allergic)).Outcome);
        Assert.Equal(RiskLevel.HighlyRaised, Guarded(() => Disclosure.Disclose(allergic)).GetRisk(DisclosureRuleIds.AllergicReaction).Level);
    }

    [Fact]
    public void Matching_1000_allergies_against_1000_components_reads_each_list_a_bounded_number_of_times()
    {
        // Compared pair by pair, the components would be read a million times per rule.
        var allergies = new CountingList<KnownAllergy>([.. Enumerable.Range(0, 1000).Select(i => new KnownAllergy($"allergen {i}", Anaphylaxis: i % 2 == 0))]);
        var components = new CountingList<string>([.. Enumerable.Range(0, 1000).Select(i => $"component {i}")]);
        PatientProfile patient = SamplePatients.Clear.With(it7 => { it7.Allergies = allergies; it7.Formulation = new Formulation("large mix", components); });

        Eligibility.Assess(patient);
        Disclosure.Disclose(patient);
        Planner.Plan(Request(patient, Disclosure.Acknowledge(Disclosure.Disclose(patient), "MRN-1", AcknowledgingParty.Patient)));

        // Each call validates and hashes the lists and runs at most three allergy searches.
        Assert.InRange(allergies.Reads, 1, 50 * 1000);
        Assert.InRange(components.Reads, 1, 50 * 1000);
    }

    // The planner's consent gate builds the disclosure again; the facade builds the whole assessment.
    private static void AssertPlannedWithConsent(PatientProfile patient, RiskDisclosure disclosure)
    {
        DisclosureAcknowledgment acknowledgment = Disclosure.Acknowledge(disclosure, "MRN-1", AcknowledgingParty.Patient);
        SessionPlan plan = Guarded(() => Planner.Plan(Request(patient, acknowledgment)));
        Assert.NotEmpty(plan.Sessions);
        Assert.False(plan.IsBlocked);

        TreatmentAssessment assessment = Guarded(() => Assessor.Assess(Request(patient, acknowledgment)));
        Assert.Equal(disclosure.HistoryHash, assessment.Disclosure.HistoryHash);
        Assert.Equal(plan.Sessions.Length, assessment.Plan.Sessions.Length);
    }

    private static PlanRequest Request(PatientProfile patient, params DisclosureAcknowledgment[] acknowledgments) => new()
    {
        Patient = patient,
        CourseStart = new DateOnly(2026, 3, 2),
        TimeZone = TimeZoneInfo.Utc,
        Acknowledgments = acknowledgments,
    };

    // A hang guard, not a timer: it fails only when a call has not returned after many times its expected cost.
    private static T Guarded<T>(Func<T> call)
    {
        Task<T> task = Task.Run(call);
        Assert.True(task.Wait(HangGuard), $"The call did not return within {HangGuard.TotalSeconds} s.");
        return task.Result;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>A list that counts how often its elements are read.</summary>
    private sealed class CountingList<T>(T[] items) : IReadOnlyList<T>
    {
        public int Reads { get; private set; }

        public int Count => items.Length;

        public T this[int index]
        {
            get
            {
                Reads++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            foreach (T item in items)
            {
                Reads++;
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
