using MesoRules.Core;
using MesoRules.Patients;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Eligibility;

/// <content>The rules that read the medicine list and the ingredient names, and the checks of answers against each other.</content>
internal static partial class DefaultEligibilityRules
{
    /// <summary>The fact the medicine rules name on their notes.</summary>
    internal const string MedicinesFact = "patient.currentMedicines";

    private const string AtcCitation = ShippedMedicineClasses.Citation;

    /// <summary>The built-in rule that asks the health question of <paramref name="fact"/>.</summary>
    public static string HealthRuleOf(HealthFactor fact) => fact switch
    {
        HealthFactor.Pregnancy => Pregnancy,
        HealthFactor.Breastfeeding => Breastfeeding,
        HealthFactor.ActiveScalpInfection => ScalpInfection,
        HealthFactor.ActiveSkinDisease => ActiveSkinDisease,
        HealthFactor.BleedingDisorder => BleedingDisorder,
        HealthFactor.Anticoagulants => Anticoagulants,
        HealthFactor.Immunosuppression => Immunosuppression,
        HealthFactor.Diabetes => Diabetes,
        HealthFactor.AutoimmuneDisease => AutoimmuneDisease,
        HealthFactor.CancerTreatment => CancerTreatment,
        HealthFactor.KeloidTendency => KeloidTendency,
        HealthFactor.InfectionPredisposition => InfectionPredisposition,
        _ => throw new ArgumentOutOfRangeException(nameof(fact)),
    };

    /// <summary>A listed medicine of a class that stands for a health answer of No: the list and the answer disagree, so ask.</summary>
    private static EligibilityRule MedicineContradiction(MedicineCatalog medicines)
    {
        ulong[] byFact = [.. HealthFacts.All.Select(f => medicines.Answering(f.Factor))];
        return new()
        {
            Id = MedicineContradictsAnswer,
            Outcome = EligibilityOutcome.NeedsInformation,
            Text = "Your medicine list includes a medicine that does not fit one of your answers to the health questions. Please go through the list and the answers with the clinic before treatment.",
            Rationale = "A medicine of a class that matters for scalp injections contradicts the answer No to its question; one of them is wrong, and either could hide a contraindication.",
            Provenance = Provenance.ClinicalPractice,
            Citation = AtcCitation,
            Contraindication = ContraindicationKind.None,
            Facts = [MedicinesFact],
            Condition = p => Contradicted(p, medicines.Screen(p.CurrentMedicines), byFact) != 0 ? RuleState.Fired : RuleState.Silent,
            Screened = (p, screen) => Contradicted(p, screen.Medicines, byFact) != 0 ? RuleState.Fired : RuleState.Silent,
            Detail = (p, screen) => string.Join(
                " ",
                HealthFacts.All.Where(f => (byFact[(int)f.Factor] & screen.Medicines) != 0 && f.Read(p.Health) == Answer.No)
                    .Select(f => $"On the medicine list: {medicines.Describe(byFact[(int)f.Factor] & screen.Medicines)}; the answer to {f.FactName} is No.")),
        };
    }

    /// <summary>The classes listed whose health answer is No.</summary>
    private static ulong Contradicted(PatientProfile p, ulong listed, ulong[] byFact)
    {
        if (listed == 0)
        {
            return 0;
        }

        ulong contradicted = 0;
        for (int i = 0; i < byFact.Length; i++)
        {
            if ((byFact[i] & listed) != 0 && HealthFacts.All[i].Read(p.Health) == Answer.No)
            {
                contradicted |= byFact[i] & listed;
            }
        }

        return contradicted;
    }

    /// <summary>A patient recorded as unable to become pregnant who answers Yes to pregnancy: ask.</summary>
    private static EligibilityRule PregnancyContradiction() => new()
    {
        Id = PregnancyPossibleContradictsAnswer,
        Outcome = EligibilityOutcome.NeedsInformation,
        Text = "Your record says pregnancy is not possible for you, but one of your answers says you are pregnant. Please check these answers with the clinic before treatment.",
        Rationale = "Pregnancy is an absolute contraindication; a record that rules pregnancy out must not silence an answer that says otherwise.",
        Provenance = Provenance.ClinicalPractice,
        Citation = PracticeContraindications,
        Contraindication = ContraindicationKind.None,
        Facts = ["patient.pregnancyPossible", "health.pregnancy"],
        Condition = static p => p.PregnancyPossible == Answer.No && p.Health.Pregnancy == Answer.Yes ? RuleState.Fired : RuleState.Silent,
    };

    /// <summary>The rule of each class that stands for no health answer (the shipped systemic retinoids, and a clinic's own such classes).</summary>
    private static IEnumerable<EligibilityRule> ClassRules(MedicineCatalog medicines)
    {
        for (int i = 0; i < medicines.Classes.Length; i++)
        {
            MedicineClass c = medicines.Classes[i];
            if (medicines.Facts[i] is not null || !c.Enabled)
            {
                continue;
            }

            ulong bit = 1UL << i;
            var shortcut = new RuleShortcut(ShortcutKind.Listed, default, bit);
            bool retinoid = c.Id == "systemic-retinoid";
            yield return new()
            {
                Id = c.RuleId,
                Outcome = EligibilityOutcome.ReferToSpecialist,
                Text = retinoid
                    ? "You take a retinoid medicine (such as isotretinoin or acitretin), which can slow skin healing. The practitioner needs to review it, and the timing of treatment, before any injections."
                    : $"You take a medicine ({c.Name}) that the practitioner needs to review before any injections.",
                Rationale = retinoid
                    ? "Systemic retinoids impair wound healing and have been linked to atypical scarring; a consensus review found too little evidence to delay minor procedures routinely, so the practitioner weighs each case."
                    : "The clinic screens the medicine list for this class.",
                Provenance = retinoid ? Provenance.ClinicalLiterature : Provenance.Clinic,
                Citation = retinoid ? "Spring LK et al., Isotretinoin and timing of procedural interventions: a systematic review with consensus recommendations, JAMA Dermatol 2017;153(8):802-809; " + AtcCitation : null,
                Contraindication = ContraindicationKind.Relative,
                Facts = [MedicinesFact],
                Condition = p => (medicines.Screen(p.CurrentMedicines) & bit) != 0 ? RuleState.Fired : RuleState.Silent,
                Screened = (p, screen) => shortcut.Decide(p, screen),
                Shortcut = shortcut,
                Detail = (_, _) => $"On the medicine list: {medicines.Describe(bit)}.",
            };
        }
    }

    private static EligibilityRule Health(
        string id,
        HealthFactor factor,
        EligibilityOutcome outcome,
        ContraindicationKind kind,
        string text,
        string rationale,
        string question,
        BuiltInSettings settings,
        Provenance provenance = Provenance.ClinicalPractice,
        string citation = PracticeContraindications)
    {
        Func<HealthHistory, Answer> read = HealthFacts.Of(factor).Read;
        MedicineCatalog medicines = settings.Medicines;
        ulong classes = medicines.Answering(factor);

        // Pregnancy is silenced when it is not possible, and no medicine class answers it.
        RuleShortcut shortcut = factor == HealthFactor.Pregnancy ? new(ShortcutKind.PregnancyAnswer, factor, 0) : new(ShortcutKind.Answer, factor, classes);
        return new()
        {
            Id = id,
            Outcome = outcome,
            Text = text,
            Rationale = rationale,
            Provenance = provenance,
            Citation = citation,
            Contraindication = kind,
            Facts = classes == 0 ? [HealthFacts.Of(factor).FactName] : [HealthFacts.Of(factor).FactName, MedicinesFact],
            MissingInformationText = question,
            // The condition reads the profile itself; the engine decides the same from the screen (a property compares them).
            Condition = p => shortcut.Kind == ShortcutKind.PregnancyAnswer && p.PregnancyPossible == Answer.No ? RuleState.Silent
                : read(p.Health) == Answer.Unknown && (medicines.Screen(p.CurrentMedicines) & shortcut.Classes) != 0 ? RuleState.Fired
                : State(read(p.Health)),
            Screened = (p, screen) => shortcut.Decide(p, screen),
            Shortcut = shortcut,
            Detail = classes == 0 ? null : (p, screen) => read(p.Health) == Answer.Yes ? null : $"Counted as yes from the medicine list: {medicines.Describe(screen.Medicines & classes)}.",
        };
    }

    /// <summary>
    /// An allergy rule over the allergies' match with the mix: silent without allergies, asks without a named mix, fires
    /// when <paramref name="match"/> holds. A component that caused anaphylaxis fires both allergy rules, so relaxing the
    /// general component rule never relaxes the anaphylaxis one.
    /// </summary>
    private static RuleState MatchAllergies(PatientProfile p, PatientScreen screen, AllergyMatch match) =>
        p.Allergies.Count == 0 ? RuleState.Silent
        : Named(p) is null ? RuleState.MissingInformation
        : (screen.Allergies & match) != 0 ? RuleState.Fired : RuleState.Silent;

    private static string? DescribeAllergies(PatientProfile p, IngredientNames ingredients, bool anaphylaxisOnly) =>
        Named(p) is { } f ? ingredients.Describe(p.Allergies, f.Components, anaphylaxisOnly) : null;
}
