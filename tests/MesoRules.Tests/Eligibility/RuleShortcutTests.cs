using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using MesoRules.Tests.Properties;

namespace MesoRules.Tests.Eligibility;

/// <summary>
/// The engine decides the built-in rules from the patient's screen (the lists read once) and those of common shapes without
/// a call; it must answer as each rule's own condition does.
/// </summary>
public class RuleShortcutTests
{
    private static readonly string[] Medicines = ["warfarin 5 mg", "prednisolone", "isotretinoin 20mg", "B01AC06", "tamoxifen", "minoxidil", "clinic pill"];

    /// <summary>The shipped catalogue with a clinic class that answers a health question and one with a rule of its own, and more pregnancy-avoidance substances.</summary>
    private static MesoRulesOptions ClinicOptions()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.MedicineClasses["clinic.sugar-pill"] = new MedicineClassOptions { Name = "sugar pills", Names = ["clinic pill"], Answers = "Diabetes" };
        options.Eligibility.MedicineClasses["clinic.tonic"] = new MedicineClassOptions { Name = "hair tonics", Names = ["minoxidil"] };
        options.Eligibility.PregnancyAvoidanceComponents = ["dutasteride", "finasteride", "zinc", "lignocaine"];
        return options;
    }

    private static readonly (MesoRulesOptions, MesoRulesPolicy)[] Policies = [.. new[] { new MesoRulesOptions(), ClinicOptions() }.Select(o => (o, MesoRulesPolicy.Create(o)))];

    // Components and allergies in ASCII and not, named as written, under another name, or with one letter.
    private static readonly string[] Components = ["biotin", "Dutasteride 0.01%", "fina\u00ADsteride", "hyaluronic acid", "penicillin-free base", "zinc", "d-panthenol", "caf\u00E9ine", "vitamin B7", "Lidocaine 1%"];

    private static readonly string[] AllergyNames = ["penicillin", "biotin", "vitamin H", "Zinc", " zinc ", "cafe\u0301ine", "lignocaine", "x", "d", "D-Panthenol", "acid"];

    private static Gen<PatientProfile> Patients =>
        from p in Generators.Patient
        from medicines in Gen.SubListOf(Medicines)
        from possible in Generators.Answer
        from components in Gen.SubListOf(Components)
        from allergies in Gen.SubListOf(AllergyNames)
        from anaphylaxis in Gen.Elements(false, true)
        select p.With(x =>
        {
            x.CurrentMedicines = [.. medicines];
            x.PregnancyPossible = possible;
            x.Formulation = p.Formulation is null ? null : new Formulation("mix", [.. components]);
            x.Allergies = [.. allergies.Select((a, i) => new KnownAllergy(a, anaphylaxis && i == 0))];
        });

    [Property(MaxTest = 500)]
    public Property Every_rule_decided_from_the_screen_or_by_a_shortcut_gives_the_answer_of_its_rules_condition() =>
        Prop.ForAll(Patients.ToArbitrary(), Gen.Elements(Policies).ToArbitrary(), (patient, policy) =>
        {
            (MesoRulesOptions options, MesoRulesPolicy compiled) = policy;
            PatientScreen screen = compiled.EligibilityRules.Screen(patient);
            IReadOnlyList<EligibilityRule> rules = EligibilityRuleSet.AllRules(options.Eligibility, IngredientNames.Shipped);
            Assert.Equal(17 + (options.Eligibility.MedicineClasses.Count > 0 ? 1 : 0), rules.Count(r => r.Shortcut.Kind != ShortcutKind.None));
            Assert.All(rules.Where(r => r.Screened is not null), r => Assert.Equal(r.Condition(patient), r.Screened!(patient, screen)));
            Assert.All(rules.Where(r => r.Shortcut.Kind != ShortcutKind.None), r => Assert.Equal(r.Condition(patient), r.Shortcut.Decide(patient, screen)));
        });

    [Fact]
    public void A_condition_that_throws_is_reported_before_an_earlier_undefined_state()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.CustomRules.Add(new EligibilityRule { Id = "clinic.undefined", Outcome = EligibilityOutcome.Eligible, Text = "t", Rationale = "r", Condition = _ => (RuleState)(-1) });
        options.Eligibility.CustomRules.Add(new EligibilityRule { Id = "clinic.throws", Outcome = EligibilityOutcome.Eligible, Text = "t", Rationale = "r", Condition = _ => throw new InvalidOperationException() });
        var engine = new EligibilityEngine(MesoRulesPolicy.Create(options));
        RuleEvaluationException ex = Assert.Throws<RuleEvaluationException>(() => engine.Assess(SamplePatients.Clear));
        Assert.Equal("clinic.throws", ex.RuleId);

        options.Eligibility.CustomRules.RemoveAt(1);
        ex = Assert.Throws<RuleEvaluationException>(() => new EligibilityEngine(MesoRulesPolicy.Create(options)).Assess(SamplePatients.Clear));
        Assert.Equal("clinic.undefined", ex.RuleId);
        Assert.Contains("undefined RuleState", ex.Message, StringComparison.Ordinal);
    }
}
