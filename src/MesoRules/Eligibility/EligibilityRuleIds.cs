namespace MesoRules.Eligibility;

/// <summary>The ids of the built-in eligibility rules, in evaluation order. Use them to switch a rule off or change its outcome.</summary>
public static class EligibilityRuleIds
{
    /// <summary>Pattern hair loss: the better expected outcome, more so combined with other therapies.</summary>
    public const string PatternHairLoss = "eligibility.cause.pattern-hair-loss";

    /// <summary>A diagnosed cause other than pattern hair loss: efficacy varies; treat the cause as well.</summary>
    public const string OtherCause = "eligibility.cause.other";

    /// <summary>An undiagnosed cause: specialist assessment first.</summary>
    public const string UndiagnosedCause = "eligibility.cause.undiagnosed";

    /// <summary>Always: the evidence is limited.</summary>
    public const string LimitedEvidence = "eligibility.expectations.limited-evidence";

    /// <summary>Always: the effect is temporary.</summary>
    public const string TemporaryEffect = "eligibility.expectations.temporary-effect";

    /// <summary>Always: maintenance sessions are needed to keep results.</summary>
    public const string MaintenanceNeeded = "eligibility.expectations.maintenance";

    /// <summary>Always: set reasonable expectations.</summary>
    public const string ReasonableExpectations = "eligibility.expectations.reasonable";

    /// <summary>The patient must disclose conditions, allergies and medicines before treatment.</summary>
    public const string DisclosureRequired = "eligibility.disclosure.required";

    /// <summary>A patient younger than the clinic's minimum age.</summary>
    public const string Minor = "eligibility.age.minor";

    /// <summary>Pregnancy: defer.</summary>
    public const string Pregnancy = "eligibility.pregnancy";

    /// <summary>Breastfeeding: defer.</summary>
    public const string Breastfeeding = "eligibility.breastfeeding";

    /// <summary>Active scalp infection or inflammation: defer until resolved.</summary>
    public const string ScalpInfection = "eligibility.scalp-infection";

    /// <summary>Anaphylaxis to a component of the formulation: not eligible.</summary>
    public const string AnaphylaxisToComponent = "eligibility.allergy.anaphylaxis-to-component";

    /// <summary>An allergy to a component of the formulation: not eligible with this formulation.</summary>
    public const string AllergyToComponent = "eligibility.allergy.component";

    /// <summary>A known allergy that matches no component: caution.</summary>
    public const string OtherAllergy = "eligibility.allergy.other";

    /// <summary>A bleeding disorder: practitioner review.</summary>
    public const string BleedingDisorder = "eligibility.bleeding-disorder";

    /// <summary>Anticoagulant medicine: practitioner review.</summary>
    public const string Anticoagulants = "eligibility.anticoagulants";

    /// <summary>Current cancer treatment: defer.</summary>
    public const string CancerTreatment = "eligibility.cancer-treatment";

    /// <summary>Active skin disease: specialist review.</summary>
    public const string ActiveSkinDisease = "eligibility.active-skin-disease";

    /// <summary>Immunosuppression: caution.</summary>
    public const string Immunosuppression = "eligibility.immunosuppression";

    /// <summary>Autoimmune disease: caution.</summary>
    public const string AutoimmuneDisease = "eligibility.autoimmune-disease";

    /// <summary>Diabetes: caution.</summary>
    public const string Diabetes = "eligibility.diabetes";

    /// <summary>Predisposition to infection: caution.</summary>
    public const string InfectionPredisposition = "eligibility.infection-predisposition";

    /// <summary>Keloid or scarring tendency: caution.</summary>
    public const string KeloidTendency = "eligibility.keloid";

    /// <summary>A formulation with a component that carries pregnancy-avoidance advice: caution.</summary>
    public const string PregnancyAvoidanceComponent = "eligibility.formulation.pregnancy-avoidance";

    /// <summary>A medicine of a class on the list contradicts the answer No to the class's health question: ask.</summary>
    public const string MedicineContradictsAnswer = "eligibility.medicine.contradicts-answer";

    /// <summary>A systemic retinoid (isotretinoin, acitretin, alitretinoin) on the medicine list: practitioner review.</summary>
    public const string SystemicRetinoid = "eligibility.medicine.systemic-retinoid";

    /// <summary>Pregnancy recorded as not possible, yet an answer of Yes to pregnancy: ask.</summary>
    public const string PregnancyPossibleContradictsAnswer = "eligibility.pregnancy-possible.contradicts-answer";

    /// <summary>No response to an earlier course: refer and consider other therapies.</summary>
    public const string NoResponse = "eligibility.response.none";
}
