using MesoRules.Core;
using MesoRules.Patients;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Eligibility;

/// <summary>What the built-in rules are built from: the clinic's settings, compiled.</summary>
/// <param name="MinimumAgeYears">The minimum age.</param>
/// <param name="PregnancyAvoidance">The pregnancy-avoidance substances under every name (<see cref="IngredientNames.Expand"/>).</param>
/// <param name="Ingredients">The ingredient names allergies are matched under.</param>
/// <param name="Medicines">The medicine catalogue.</param>
internal sealed record BuiltInSettings(int MinimumAgeYears, string[] PregnancyAvoidance, IngredientNames Ingredients, MedicineCatalog Medicines)
{
    /// <summary>Reads a patient's lists under these settings (see <see cref="PatientScreen"/>).</summary>
    public PatientScreen Screen(PatientProfile patient) => PatientScreen.Of(patient, Medicines, Ingredients);
}

/// <summary>The built-in eligibility rules, built from the clinic's eligibility settings.</summary>
internal static partial class DefaultEligibilityRules
{
    private const string FaqEffectiveness = "Source FAQ: 'Is mesotherapy effective for hair?'";
    private const string FaqPermanent = "Source FAQ: 'Is mesotherapy for hair permanent?'";
    private const string FaqRisks = "Source FAQ: 'Can mesotherapy go wrong?'";
    private const string PracticeContraindications = "Contraindications reported in clinical practice for scalp mesotherapy";

    internal static readonly string[] DefaultPregnancyAvoidanceComponents = ["dutasteride", "finasteride"];

    public static IReadOnlyList<EligibilityRule> Create(BuiltInSettings settings) =>
    [
        new()
        {
            Id = PatternHairLoss,
            Outcome = EligibilityOutcome.Eligible,
            Text = "Pattern hair loss is the kind most likely to respond to mesotherapy, and results tend to be better when it is combined with other hair-loss treatments.",
            Rationale = "The source reports better outcomes for androgenetic alopecia, and more so alongside other therapies.",
            Provenance = Provenance.SourceFaq,
            Citation = FaqEffectiveness,
            Facts = ["patient.cause"],
            Condition = p => p.Cause == HairLossCause.AndrogeneticAlopecia ? RuleState.Fired : RuleState.Silent,
        },
        new()
        {
            Id = OtherCause,
            Outcome = EligibilityOutcome.EligibleWithCautions,
            Text = "For this cause of hair loss, how well mesotherapy works varies from person to person; the cause itself should be treated as well.",
            Rationale = "The source says efficacy depends on the underlying cause and that treating the cause may improve results.",
            Provenance = Provenance.SourceFaq,
            Citation = FaqEffectiveness,
            Facts = ["patient.cause"],
            Condition = p => p.Cause is HairLossCause.AlopeciaAreata or HairLossCause.TelogenEffluvium or HairLossCause.Other ? RuleState.Fired : RuleState.Silent,
        },
        new()
        {
            Id = UndiagnosedCause,
            Outcome = EligibilityOutcome.ReferToSpecialist,
            Text = "The cause of your hair loss has not been diagnosed yet. A dermatologist or hair-loss specialist should assess it before mesotherapy is considered.",
            Rationale = "The source advises assessment by a dermatologist or hair-loss specialist before mesotherapy.",
            Provenance = Provenance.SourceFaq,
            Citation = FaqEffectiveness,
            Facts = ["patient.cause"],
            Condition = p => p.Cause == HairLossCause.Undiagnosed ? RuleState.Fired : RuleState.Silent,
        },
        Always(
            LimitedEvidence,
            "The evidence for mesotherapy in hair loss is limited: the studies are small and use different methods and mixes.",
            "The source notes small samples, non-standard procedures and varied formulations; a 2023 systematic review of 27 studies found no standard regimen.",
            "Source FAQ: 'Does mesotherapy grow new hair?'; 2023 systematic review of 27 studies"),
        Always(
            TemporaryEffect,
            "Any improvement from mesotherapy is temporary; it is not a permanent cure for hair loss.",
            "The source states that the effects are usually short-lived without continued care.",
            FaqPermanent),
        Always(
            MaintenanceNeeded,
            "Keeping results needs maintenance sessions after the first course; stopping them can lead to a slow return of hair loss.",
            "The source advises maintenance sessions and warns of gradual relapse when they stop.",
            FaqPermanent),
        Always(
            ReasonableExpectations,
            "Results differ between people and some see little or no lasting benefit, so it is worth agreeing realistic goals before starting.",
            "The source asks patients to approach treatment with reasonable expectations.",
            "Source FAQ: 'How long does hair mesotherapy last?'"),
        new()
        {
            Id = DisclosureRequired,
            Outcome = EligibilityOutcome.NeedsInformation,
            Text = "Before treatment you must tell the clinic about your medical conditions, allergies and the medicines you take.",
            Rationale = "The source requires disclosure of medical problems, allergies and medicines before treatment.",
            Provenance = Provenance.SourceFaq,
            Citation = FaqRisks,
            Facts = ["patient.allergiesDisclosed", "patient.medicinesDisclosed"],
            MissingInformationText = "Before treatment you must tell the clinic about your allergies and the medicines you take.",
            Condition = p => p.AllergiesDisclosed && p.MedicinesDisclosed ? RuleState.Silent : RuleState.MissingInformation,
        },
        new()
        {
            Id = Minor,
            Outcome = EligibilityOutcome.NotEligible,
            Text = "This clinic does not offer mesotherapy to patients under its minimum age.",
            Rationale = "Evidence in minors is lacking and consent needs a guardian; clinics treat minors only under a rule of their own.",
            Provenance = Provenance.ClinicalPractice,
            Citation = PracticeContraindications,
            Contraindication = ContraindicationKind.Absolute,
            Facts = ["patient.ageYears"],
            MissingInformationText = "Please give the patient's age.",
            Condition = p => p.AgeYears is not int age ? RuleState.MissingInformation : age < settings.MinimumAgeYears ? RuleState.Fired : RuleState.Silent,
        },
        Health(Pregnancy, HealthFactor.Pregnancy, EligibilityOutcome.Deferred, ContraindicationKind.Absolute,
            "Mesotherapy is not given during pregnancy; it can be considered once the pregnancy is over.",
            "Safety of the injected agents in pregnancy is not established.",
            "Please tell us whether you are pregnant.",
            settings),
        Health(Breastfeeding, HealthFactor.Breastfeeding, EligibilityOutcome.Deferred, ContraindicationKind.Absolute,
            "Mesotherapy is not given while breastfeeding; it can be considered afterwards.",
            "Safety of the injected agents during breastfeeding is not established.",
            "Please tell us whether you are breastfeeding.",
            settings),
        PregnancyContradiction(),
        Health(ScalpInfection, HealthFactor.ActiveScalpInfection, EligibilityOutcome.Deferred, ContraindicationKind.Absolute,
            "Treatment waits until the infection or inflammation of the scalp (including cold sores or herpes) has cleared.",
            "Injecting through infected or inflamed skin can spread the infection.",
            "Please tell us whether you have an infection or inflammation on the scalp.",
            settings),
        new()
        {
            Id = AnaphylaxisToComponent,
            Outcome = EligibilityOutcome.NotEligible,
            Text = "You have had a severe allergic reaction (anaphylaxis) to an ingredient of this mix, so it must not be used.",
            Rationale = "Re-exposure to a substance that caused anaphylaxis can be life-threatening.",
            Provenance = Provenance.ClinicalPractice,
            Citation = PracticeContraindications,
            Contraindication = ContraindicationKind.Absolute,
            Facts = ["patient.allergies", "formulation.components"],
            MissingInformationText = "Please name the mix to be injected and its ingredients, so your allergies can be checked against it.",
            Condition = p => MatchAllergies(p, settings.Screen(p), AllergyMatch.Anaphylaxis),
            Screened = static (p, screen) => MatchAllergies(p, screen, AllergyMatch.Anaphylaxis),
            Detail = (p, _) => DescribeAllergies(p, settings.Ingredients, anaphylaxisOnly: true),
        },
        new()
        {
            Id = AllergyToComponent,
            Outcome = EligibilityOutcome.NotEligible,
            Text = "You are allergic to an ingredient of this mix, so it must not be used.",
            Rationale = "An allergy to a component is a contraindication for injecting it.",
            Provenance = Provenance.ClinicalPractice,
            Citation = PracticeContraindications,
            Contraindication = ContraindicationKind.Absolute,
            Facts = ["patient.allergies", "formulation.components"],
            MissingInformationText = "Please name the mix to be injected and its ingredients, so your allergies can be checked against it.",
            Condition = p => MatchAllergies(p, settings.Screen(p), AllergyMatch.Component),
            Screened = static (p, screen) => MatchAllergies(p, screen, AllergyMatch.Component),
            Detail = (p, _) => DescribeAllergies(p, settings.Ingredients, anaphylaxisOnly: false),
        },
        new()
        {
            Id = OtherAllergy,
            Outcome = EligibilityOutcome.EligibleWithCautions,
            Text = "You have a known allergy. It does not match an ingredient of this mix, but watch for rash, itching or swelling after treatment.",
            Rationale = "A history of allergy raises the chance of an allergic reaction to the injected agents.",
            Provenance = Provenance.SourceFaq,
            Citation = FaqRisks,
            Contraindication = ContraindicationKind.Relative,
            Facts = ["patient.allergies"],
            Condition = p => AllergyNotInMix(p, settings.Screen(p)),
            Screened = static (p, screen) => AllergyNotInMix(p, screen),
        },
        Health(BleedingDisorder, HealthFactor.BleedingDisorder, EligibilityOutcome.ReferToSpecialist, ContraindicationKind.Relative,
            "A bleeding disorder needs review by the treating practitioner before any injections.",
            "Many small injections raise the risk of bleeding and bruising.",
            "Please tell us whether you have a bleeding or clotting disorder.",
            settings),
        Health(Anticoagulants, HealthFactor.Anticoagulants, EligibilityOutcome.ReferToSpecialist, ContraindicationKind.Relative,
            "Blood-thinning medicine needs review by the treating practitioner before any injections; do not stop it on your own.",
            "Anticoagulants raise the risk of bleeding and bruising at injection sites.",
            "Please tell us whether you take blood-thinning medicine.",
            settings),
        Health(CancerTreatment, HealthFactor.CancerTreatment, EligibilityOutcome.Deferred, ContraindicationKind.Absolute,
            "Mesotherapy waits until cancer treatment has ended and the treating doctor agrees.",
            "Cancer and its treatment are listed among contraindications in practice.",
            "Please tell us whether you are having cancer treatment.",
            settings),
        Health(ActiveSkinDisease, HealthFactor.ActiveSkinDisease, EligibilityOutcome.ReferToSpecialist, ContraindicationKind.Relative,
            "An active skin disease should be reviewed by a dermatologist before scalp injections.",
            "Active skin disease is listed among contraindications in practice and raises the chance of irritation.",
            "Please tell us whether you have an active skin disease.",
            settings),
        Health(Immunosuppression, HealthFactor.Immunosuppression, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative,
            "A weakened immune system raises the risk of infection; extra care and follow-up are needed.",
            "Immunosuppression raises the risk of infection at injection sites.",
            "Please tell us whether your immune system is weakened by illness or medicine.",
            settings),
        Health(AutoimmuneDisease, HealthFactor.AutoimmuneDisease, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative,
            "An autoimmune disease calls for caution; the practitioner will weigh it before treatment.",
            "Immune disease is listed among contraindications in practice.",
            "Please tell us whether you have an autoimmune disease.",
            settings),
        Health(Diabetes, HealthFactor.Diabetes, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative,
            "Diabetes raises the risk of infection and slows healing; extra care is needed.",
            "Diabetes is listed among contraindications in practice and predisposes to infection.",
            "Please tell us whether you have diabetes.",
            settings),
        Health(InfectionPredisposition, HealthFactor.InfectionPredisposition, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative,
            "You are prone to infections, so strict aftercare and follow-up matter even more.",
            "The source names an underlying predisposition to infection as a risk factor.",
            "Please tell us whether you are prone to infections.",
            settings,
            Provenance.SourceFaq,
            FaqRisks),
        Health(KeloidTendency, HealthFactor.KeloidTendency, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative,
            "A tendency to keloids or abnormal scars raises the risk of scarring at injection sites.",
            "Scarring is a rare risk of mesotherapy and more likely with a keloid tendency.",
            "Please tell us whether you tend to form keloids or raised scars.",
            settings),
        new()
        {
            Id = PregnancyAvoidanceComponent,
            Outcome = EligibilityOutcome.EligibleWithCautions,
            Text = "This mix contains an ingredient that must not be used in pregnancy; pregnancy should be avoided during treatment and for the months after it that your practitioner advises.",
            Rationale = "Anti-androgens such as dutasteride carry pregnancy-avoidance advice that lasts beyond the last session.",
            Provenance = Provenance.ClinicalLiterature,
            Citation = "Prescribing information for dutasteride and finasteride; real-world dutasteride mesotherapy series (n=541)",
            Contraindication = ContraindicationKind.Relative,
            Facts = ["formulation.components"],
            MissingInformationText = "Please name the mix to be injected and its ingredients.",
            Condition = p =>
            {
                if (p.PregnancyPossible == Answer.No)
                {
                    return RuleState.Silent;
                }

                if (Named(p) is not { } f)
                {
                    return RuleState.MissingInformation;
                }

                for (int i = 0; i < settings.PregnancyAvoidance.Length; i++)
                {
                    if (Formulation.Matches(f.Components, settings.PregnancyAvoidance[i]))
                    {
                        return RuleState.Fired;
                    }
                }

                return RuleState.Silent;
            },
        },
        MedicineContradiction(settings.Medicines),
        .. ClassRules(settings.Medicines),
        new()
        {
            Id = NoResponse,
            Outcome = EligibilityOutcome.ReferToSpecialist,
            Text = "An earlier course did not help. Another course is not advised without a specialist's review of other treatments.",
            Rationale = "The number of sessions depends on the response; with no response, maintenance is not offered and other therapies are considered.",
            Provenance = Provenance.ClinicalPractice,
            Citation = "Source FAQ: 'How many sessions of mesotherapy do I need?'",
            Facts = ["patient.response"],
            Condition = p => p.Response == TreatmentResponse.None ? RuleState.Fired : RuleState.Silent,
        },
    ];

    private static EligibilityRule Always(string id, string text, string rationale, string citation) => new()
    {
        Id = id,
        Outcome = EligibilityOutcome.Eligible,
        Text = text,
        Rationale = rationale,
        Provenance = Provenance.SourceFaq,
        Citation = citation,
        Condition = static _ => RuleState.Fired,
        Shortcut = RuleShortcut.Always,
    };

    private static RuleState State(Answer answer) => answer switch
    {
        Answer.Yes => RuleState.Fired,
        Answer.No => RuleState.Silent,
        _ => RuleState.MissingInformation,
    };

    private static RuleState AllergyNotInMix(PatientProfile p, PatientScreen screen) =>
        p.Allergies.Count > 0 && Named(p) is not null && (screen.Allergies & AllergyMatch.Component) == 0 ? RuleState.Fired : RuleState.Silent;

    /// <summary>The formulation when its ingredients are named; a mix with no components is as unknown as no mix, so the rules that need it ask.</summary>
    private static Formulation? Named(PatientProfile p) => p.Formulation is { Components.Count: > 0 } f ? f : null;
}
