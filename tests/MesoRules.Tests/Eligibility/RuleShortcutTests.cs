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

/// <summary>The engine decides the built-in rules of common shapes from the patient's screen; it must answer as each rule's own condition does.</summary>
public class RuleShortcutTests
{
    private static readonly string[] Medicines = ["warfarin 5 mg", "prednisolone", "isotretinoin 20mg", "B01AC06", "tamoxifen", "minoxidil", "clinic pill"];

    /// <summary>The shipped catalogue and a clinic class that answers the pregnancy question (which the pregnancy rule must ignore) and one of its own rule.</summary>
    private static EligibilityOptions ClinicOptions()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.MedicineClasses["clinic.pregnancy-pill"] = new MedicineClassOptions { Names = ["clinic pill"], Answers = "Pregnancy" };
        options.Eligibility.MedicineClasses["clinic.tonic"] = new MedicineClassOptions { Names = ["minoxidil"] };
        return options.Eligibility;
    }

    private static Gen<PatientProfile> Patients =>
        from p in Generators.Patient
        from medicines in Gen.SubListOf(Medicines)
        from possible in Generators.Answer
        select p.With(x =>
        {
            x.CurrentMedicines = [.. medicines];
            x.PregnancyPossible = possible;
        });

    [Property(MaxTest = 300)]
    public Property Every_shortcut_gives_the_answer_of_its_rules_condition() =>
        Prop.ForAll(Patients.ToArbitrary(), Gen.Elements(new EligibilityOptions(), ClinicOptions()).ToArbitrary(), (patient, options) =>
        {
            MedicineCatalog catalog = MedicineCatalog.Compile(options, null);
            PatientScreen screen = PatientScreen.Of(patient, catalog, IngredientNames.Shipped);
            IReadOnlyList<EligibilityRule> rules = EligibilityRuleSet.AllRules(options, IngredientNames.Shipped);
            Assert.Equal(17 + (options.MedicineClasses.Count > 0 ? 1 : 0), rules.Count(r => r.Shortcut.Kind != ShortcutKind.None));
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
