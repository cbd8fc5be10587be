using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Benchmarks;

/// <summary>
/// The two policy sizes the engine benchmarks take: the 29 default eligibility rules, and the same plus 50
/// clinic rules added through <see cref="EligibilityOptions.CustomRules"/>. The clinic rules are the kind a
/// clinic writes: a medicine it wants to know about, an age band, a mix ingredient, a combination of
/// answers; each asks for the fact when it is unknown.
/// </summary>
public static class ClinicPolicies
{
    /// <summary>The number of default eligibility rules.</summary>
    public const int DefaultRuleCount = 29;

    /// <summary>The number of default rules plus the 50 clinic rules.</summary>
    public const int WithClinicRuleCount = DefaultRuleCount + 50;

    private static readonly Lazy<MesoRulesPolicy> WithClinic = new(() => MesoRulesPolicy.Create(CreateOptions()));

    /// <summary>Returns the policy with <paramref name="ruleCount"/> eligibility rules: 29 or 79.</summary>
    public static MesoRulesPolicy For(int ruleCount) => ruleCount switch
    {
        DefaultRuleCount => MesoRulesPolicy.Default,
        WithClinicRuleCount => WithClinic.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(ruleCount), $"The rule count must be {DefaultRuleCount} or {WithClinicRuleCount}."),
    };

    /// <summary>Options with the 50 clinic rules.</summary>
    public static MesoRulesOptions CreateOptions()
    {
        var options = new MesoRulesOptions();
        Configure(options);
        return options;
    }

    /// <summary>Adds the 50 clinic rules to <paramref name="options"/>; usable with <c>AddMesoRules</c>.</summary>
    public static void Configure(MesoRulesOptions options)
    {
        foreach (EligibilityRule rule in ClinicRules())
        {
            options.Eligibility.CustomRules.Add(rule);
        }
    }

    /// <summary>The 50 clinic rules.</summary>
    public static IEnumerable<EligibilityRule> ClinicRules()
    {
        // 20 medicines the clinic asks about (free-text match on the medicine list).
        (string Drug, EligibilityOutcome Outcome)[] medicines =
        [
            ("isotretinoin", EligibilityOutcome.Deferred), ("warfarin", EligibilityOutcome.ReferToSpecialist), ("apixaban", EligibilityOutcome.ReferToSpecialist),
            ("rivaroxaban", EligibilityOutcome.ReferToSpecialist), ("clopidogrel", EligibilityOutcome.ReferToSpecialist), ("aspirin", EligibilityOutcome.EligibleWithCautions),
            ("methotrexate", EligibilityOutcome.ReferToSpecialist), ("prednisolone", EligibilityOutcome.EligibleWithCautions), ("ciclosporin", EligibilityOutcome.ReferToSpecialist),
            ("tacrolimus", EligibilityOutcome.ReferToSpecialist), ("spironolactone", EligibilityOutcome.EligibleWithCautions), ("finasteride", EligibilityOutcome.EligibleWithCautions),
            ("dutasteride", EligibilityOutcome.EligibleWithCautions), ("minoxidil", EligibilityOutcome.Eligible), ("lithium", EligibilityOutcome.EligibleWithCautions),
            ("valproate", EligibilityOutcome.EligibleWithCautions), ("levothyroxine", EligibilityOutcome.Eligible), ("metformin", EligibilityOutcome.EligibleWithCautions),
            ("insulin", EligibilityOutcome.EligibleWithCautions), ("biologic", EligibilityOutcome.ReferToSpecialist),
        ];
        foreach ((string drug, EligibilityOutcome outcome) in medicines)
        {
            yield return Rule($"clinic.medicine.{drug}", outcome, $"You take {drug}; the practitioner will take it into account.", ["patient.currentMedicines"], p =>
            {
                if (!p.MedicinesDisclosed)
                {
                    return RuleState.MissingInformation;
                }

                return TakesMedicine(p, drug) ? RuleState.Fired : RuleState.Silent;
            });
        }

        // 10 age bands.
        int[] ages = [16, 21, 25, 40, 50, 60, 65, 70, 75, 80];
        for (int i = 0; i < ages.Length; i++)
        {
            int from = ages[i];
            EligibilityOutcome outcome = from < 21 ? EligibilityOutcome.ReferToSpecialist : from >= 70 ? EligibilityOutcome.EligibleWithCautions : EligibilityOutcome.Eligible;
            yield return Rule($"clinic.age.band-{from}", outcome, $"Patients aged {from} or more follow the clinic's age-band protocol.", ["patient.ageYears"],
                p => p.AgeYears is not int age ? RuleState.MissingInformation : age >= from && age < from + 10 ? RuleState.Fired : RuleState.Silent);
        }

        // 8 mix ingredients.
        string[] ingredients = ["lidocaine", "dutasteride", "growth factors", "copper peptide", "minoxidil", "biotin", "hyaluronic acid", "zinc"];
        foreach (string ingredient in ingredients)
        {
            yield return Rule($"clinic.mix.{ingredient.Replace(' ', '-')}", EligibilityOutcome.EligibleWithCautions, $"The mix contains {ingredient}; the clinic's protocol for it applies.", ["formulation.components"],
                p => p.Formulation is not { } f ? RuleState.MissingInformation : f.Contains(ingredient) ? RuleState.Fired : RuleState.Silent);
        }

        // 12 combinations of answers.
        yield return Combination("clinic.combo.diabetes-over-60", EligibilityOutcome.ReferToSpecialist, p => Both(p.Health.Diabetes, p.AgeYears is int a ? a >= 60 : null));
        yield return Combination("clinic.combo.immunosuppressed-growth-factors", EligibilityOutcome.ReferToSpecialist, p => Both(p.Health.Immunosuppression, p.Formulation is { } f ? f.Contains("growth factors") : null));
        yield return Combination("clinic.combo.keloid-severe", EligibilityOutcome.EligibleWithCautions, p => Both(p.Health.KeloidTendency, p.Severity == Severity.Severe));
        yield return Combination("clinic.combo.anticoagulant-lidocaine", EligibilityOutcome.ReferToSpecialist, p => Both(p.Health.Anticoagulants, p.Formulation is { } f ? f.Contains("lidocaine") : null));
        yield return Combination("clinic.combo.autoimmune-areata", EligibilityOutcome.ReferToSpecialist, p => Both(p.Health.AutoimmuneDisease, p.Cause == HairLossCause.AlopeciaAreata));
        yield return Combination("clinic.combo.partial-response-severe", EligibilityOutcome.EligibleWithCautions, p => Both(Answer.Yes, p.Response == TreatmentResponse.Partial && p.Severity == Severity.Severe));
        yield return Combination("clinic.combo.skin-disease-infection", EligibilityOutcome.Deferred, p => Both(p.Health.ActiveSkinDisease, p.Health.InfectionPredisposition == Answer.Yes));
        yield return Combination("clinic.combo.effluvium-no-response", EligibilityOutcome.ReferToSpecialist, p => Both(Answer.Yes, p.Cause == HairLossCause.TelogenEffluvium && p.Response == TreatmentResponse.None));
        yield return Combination("clinic.combo.bleeding-aspirin", EligibilityOutcome.ReferToSpecialist, p => Both(p.Health.BleedingDisorder, p.MedicinesDisclosed ? TakesMedicine(p, "aspirin") : null));
        yield return Combination("clinic.combo.latex-allergy", EligibilityOutcome.EligibleWithCautions, p => Both(Answer.Yes, p.AllergiesDisclosed ? IsAllergicTo(p, "latex") : null));
        yield return Combination("clinic.combo.many-allergies", EligibilityOutcome.EligibleWithCautions, p => Both(Answer.Yes, p.AllergiesDisclosed ? p.Allergies.Count >= 2 : null));
        yield return Combination("clinic.combo.young-severe", EligibilityOutcome.ReferToSpecialist, p => Both(Answer.Yes, p.AgeYears is int a ? a < 25 && p.Severity == Severity.Severe : null));
    }

    // Fires when the answer is yes and the other fact holds; asks for whichever of the two it still needs.
    private static RuleState Both(Answer answer, bool? other) => answer switch
    {
        Answer.No => RuleState.Silent,
        Answer.Unknown => RuleState.MissingInformation,
        _ => other is not bool holds ? RuleState.MissingInformation : holds ? RuleState.Fired : RuleState.Silent,
    };

    // Loops over the lists by index, as the default rules do: a rule that allocates would be measured as the engine's cost.
    private static bool TakesMedicine(PatientProfile p, string drug)
    {
        IReadOnlyList<string> medicines = p.CurrentMedicines;
        for (int i = 0; i < medicines.Count; i++)
        {
            if (medicines[i].Contains(drug, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllergicTo(PatientProfile p, string substance)
    {
        IReadOnlyList<KnownAllergy> allergies = p.Allergies;
        for (int i = 0; i < allergies.Count; i++)
        {
            if (allergies[i].Substance.Trim().Equals(substance, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static EligibilityRule Combination(string id, EligibilityOutcome outcome, Func<PatientProfile, RuleState> condition) =>
        Rule(id, outcome, "The clinic reviews this combination before treatment.", ["patient.combination"], condition);

    private static EligibilityRule Rule(string id, EligibilityOutcome outcome, string text, IReadOnlyList<string> facts, Func<PatientProfile, RuleState> condition) => new()
    {
        Id = id,
        Outcome = outcome,
        Text = text,
        Rationale = "Clinic protocol.",
        Facts = facts,
        Condition = condition,
    };
}
