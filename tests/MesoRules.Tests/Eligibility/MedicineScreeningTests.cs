using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using MesoRules.Tests.Properties;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Tests.Eligibility;

/// <summary>The medicine list is read against the catalogue of medicine classes (domain digest, section 6: "Medicines").</summary>
public class MedicineScreeningTests
{
    private static readonly EligibilityEngine Engine = new();

    private static PatientProfile Taking(string medicine, Action<HealthHistory>? answers = null) =>
        SamplePatients.Clear.With(p =>
        {
            p.CurrentMedicines = [medicine];
            p.Health = HealthHistory.AllNo.With(h => answers?.Invoke(h));
        });

    private static EligibilityNote? Note(EligibilityAssessment a, string ruleId) => a.Notes.SingleOrDefault(n => n.RuleId == ruleId);

    /// <summary>Every generic name and ATC group of the shipped catalogue, with the rule its class feeds.</summary>
    public static TheoryData<string, string> ShippedNames()
    {
        var data = new TheoryData<string, string>();
        foreach (MedicineClass c in MesoRulesPolicy.Default.MedicineClasses)
        {
            foreach (string name in c.Names.Concat(c.AtcCodes))
            {
                data.Add(name, c.RuleId);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void Every_catalogue_name_and_atc_group_feeds_its_rule_even_with_dose_and_schedule_text(string name, string ruleId)
    {
        // Unknown answers: a listed medicine of the class counts as Yes; a class without a question fires its own rule.
        PatientProfile p = SamplePatients.Clear.With(x =>
        {
            x.CurrentMedicines = [$"{name.ToUpperInvariant()} 20 mg once daily"];
            x.Health = HealthHistory.AllNo.With(h => { h.Anticoagulants = Answer.Unknown; h.Immunosuppression = Answer.Unknown; h.CancerTreatment = Answer.Unknown; });
        });
        EligibilityNote? note = Note(Engine.Assess(p), ruleId);
        Assert.NotNull(note);
        Assert.Equal(RuleState.Fired, note.Reason);
        Assert.NotNull(note.Detail);
    }

    [Theory]
    [InlineData("warfarin", "Anticoagulants", Anticoagulants)]
    [InlineData("Apixaban 5mg twice daily", "Anticoagulants", Anticoagulants)]
    [InlineData("acetylsalicylic acid 100 mg", "Anticoagulants", Anticoagulants)]
    [InlineData("methotrexate 15 mg weekly", "Immunosuppression", Immunosuppression)]
    [InlineData("prednisolone", "Immunosuppression", Immunosuppression)]
    [InlineData("tamoxifen", "CancerTreatment", CancerTreatment)]
    [InlineData("B01AF01", "Anticoagulants", Anticoagulants)]
    [InlineData("ATC L01XC03", "CancerTreatment", CancerTreatment)]
    public void A_class_medicine_against_an_answer_of_no_asks_and_names_the_class_never_the_medicine(string medicine, string answer, string ruleId)
    {
        PatientProfile p = Taking(medicine);
        EligibilityAssessment a = Engine.Assess(p);

        EligibilityNote contradiction = Note(a, MedicineContradictsAnswer)!;
        Assert.NotNull(contradiction);
        Assert.Equal(EligibilityOutcome.NeedsInformation, contradiction.Outcome);
        Assert.True(a.Outcome >= EligibilityOutcome.NeedsInformation);
        Assert.Contains($"health.{char.ToLowerInvariant(answer[0])}{answer[1..]}", contradiction.Detail!, StringComparison.Ordinal);
        Assert.DoesNotContain("mg", contradiction.Detail!, StringComparison.Ordinal);
        Assert.DoesNotContain(medicine, contradiction.Detail!, StringComparison.OrdinalIgnoreCase);
        Assert.Null(Note(a, ruleId));
    }

    [Theory]
    [InlineData("warfarin5mg")]
    [InlineData("Clopidogrel75mg")]
    [InlineData("\uFF57\uFF41\uFF52\uFF46\uFF41\uFF52\uFF49\uFF4E")] // full-width
    [InlineData("\uFF22\uFF10\uFF11\uFF21\uFF21\uFF10\uFF13")] // a full-width ATC code
    [InlineData("hydrocortisone 10 mg")]
    [InlineData("budesonide inhaler")] // any route counts, on the safe side
    [InlineData("heparins")]
    [InlineData("cyclosporin")]
    [InlineData("warfarin\u0663 5mg")] // a digit of another script against the name, an ASCII one after it (this threw before)
    public void A_dose_written_against_the_name_or_compatibility_letters_do_not_hide_a_class_medicine(string medicine)
    {
        EligibilityAssessment a = Engine.Assess(Taking(medicine));
        Assert.NotNull(Note(a, MedicineContradictsAnswer));
    }

    [Theory]
    [InlineData(Answer.Unknown, true, false)]
    [InlineData(Answer.Yes, true, false)]
    [InlineData(Answer.No, false, true)]
    public void Warfarin_with_each_anticoagulant_answer(Answer answer, bool anticoagulantRule, bool contradiction)
    {
        EligibilityAssessment a = Engine.Assess(Taking("warfarin 5 mg", h => h.Anticoagulants = answer));
        Assert.Equal(anticoagulantRule, Note(a, Anticoagulants) is { Reason: RuleState.Fired });
        Assert.Equal(contradiction, Note(a, MedicineContradictsAnswer) is not null);
        Assert.Equal(anticoagulantRule ? EligibilityOutcome.ReferToSpecialist : EligibilityOutcome.NeedsInformation, a.Outcome);
        Assert.Equal(answer == Answer.Unknown, Note(a, Anticoagulants)?.Detail is not null);
    }

    [Theory]
    [InlineData("isotretinoin 20 mg")]
    [InlineData("Acitretin")]
    [InlineData("D10BA01")]
    [InlineData("D05BB02")]
    public void A_systemic_retinoid_has_its_own_rule_practitioner_review(string medicine)
    {
        EligibilityAssessment a = Engine.Assess(Taking(medicine));
        EligibilityNote note = Note(a, SystemicRetinoid)!;
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, note.Outcome);
        Assert.Equal(ContraindicationKind.Relative, note.Contraindication);
        Assert.Equal(Provenance.ClinicalLiterature, note.Provenance);
        Assert.Contains("JAMA Dermatol", note.Citation, StringComparison.Ordinal);
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, a.Outcome);
    }

    [Theory]
    [InlineData("heparinoid cream")] // a word that only starts like a catalogue name
    [InlineData("minoxidil 5% topical")]
    [InlineData("B02BA01")] // vitamin K: another ATC group
    [InlineData("B0")]
    [InlineData("B01AA03X")] // not an ATC code's shape
    [InlineData("aspirine-free")]
    public void Other_medicines_and_other_codes_are_not_a_class(string medicine)
    {
        EligibilityAssessment a = Engine.Assess(Taking(medicine));
        Assert.Equal(EligibilityOutcome.Eligible, a.Outcome);
        Assert.Null(Note(a, MedicineContradictsAnswer));
    }

    [Theory]
    [InlineData("B01", true)] // a broader code than the class's: the whole group is antithrombotic
    [InlineData("b01aa03", true)]
    [InlineData("L04AX03", false)] // methotrexate as an immunosuppressant: another class
    public void An_atc_code_counts_when_it_and_a_class_code_share_a_prefix(string code, bool antithrombotic)
    {
        EligibilityAssessment a = Engine.Assess(Taking(code, h => h.Anticoagulants = Answer.Unknown));
        Assert.Equal(antithrombotic, Note(a, Anticoagulants) is { Reason: RuleState.Fired });
    }

    [Theory]
    [InlineData("B01A C06", true)] // acetylsalicylic acid, spaced between its third and fourth levels
    [InlineData("B01 AC06", true)] // between the second and third
    [InlineData("B01AC 06 100 mg", true)] // between the fourth and fifth, dose after
    [InlineData("atc: b01a c06", true)]
    [InlineData("L04A X03", false)] // methotrexate: read as L04AX03, an immunosuppressant
    [InlineData("B02 BA01", false)] // vitamin K: another group, however spaced
    [InlineData("B01", true)] // a prefix code on its own is still the whole group
    [InlineData("B01 25 mg", true)] // the word after it does not complete a code: B01 as written
    public void An_atc_code_written_with_one_inner_space_is_read_as_the_full_code(string medicine, bool antithrombotic)
    {
        EligibilityAssessment a = Engine.Assess(Taking(medicine, h => h.Anticoagulants = Answer.Unknown));
        Assert.Equal(antithrombotic, Note(a, Anticoagulants) is { Reason: RuleState.Fired });
    }

    [Theory]
    [InlineData("D11AH04", true)] // alitretinoin, the shipped systemic retinoid code
    [InlineData("D11A H04", true)]
    [InlineData("D11AH 04", true)]
    [InlineData("D11A H01", false)] // tacrolimus for the skin: the full code, not its group D11A, is what counts
    [InlineData("D11AH 01", false)]
    [InlineData("D11A", true)] // the group written alone holds the retinoid code: the safe side
    [InlineData("D11A  H01", true)] // two spaces: not one code, so D11A as written
    public void A_spaced_full_code_is_matched_as_the_full_code_not_as_its_group(string medicine, bool retinoid)
    {
        Assert.Equal(retinoid, Note(Engine.Assess(Taking(medicine)), SystemicRetinoid) is not null);
    }

    [Fact]
    public void Without_a_class_medicine_an_unknown_answer_still_asks()
    {
        EligibilityAssessment a = Engine.Assess(Taking("minoxidil", h => h.Anticoagulants = Answer.Unknown));
        Assert.Equal(RuleState.MissingInformation, Note(a, Anticoagulants)!.Reason);
    }

    [Fact]
    public void The_shipped_catalogue_names_its_classes_atc_groups_and_source()
    {
        Dictionary<string, MedicineClass> classes = MesoRulesPolicy.Default.MedicineClasses.ToDictionary(c => c.Id);
        Assert.Equal(["antithrombotic", "immunosuppressant", "systemic-corticosteroid", "antineoplastic", "endocrine-cancer-therapy", "systemic-retinoid"], classes.Keys);
        Assert.Equal(["B01A"], classes["antithrombotic"].AtcCodes.ToArray());
        Assert.Equal(["L04A"], classes["immunosuppressant"].AtcCodes.ToArray());
        Assert.Equal(["H02"], classes["systemic-corticosteroid"].AtcCodes.ToArray());
        Assert.Equal(["L01"], classes["antineoplastic"].AtcCodes.ToArray());
        Assert.Contains("D10BA", classes["systemic-retinoid"].AtcCodes);
        Assert.Contains("D05BB", classes["systemic-retinoid"].AtcCodes);
        foreach (string name in new[] { "warfarin", "acenocoumarol", "phenprocoumon", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "heparin", "clopidogrel", "prasugrel", "ticagrelor", "acetylsalicylic acid" })
        {
            Assert.Contains(name, classes["antithrombotic"].Names);
        }

        Assert.All(classes.Values, c =>
        {
            Assert.Equal(Provenance.ClinicalLiterature, c.Provenance);
            Assert.Contains("ATC/DDD Index", c.Citation, StringComparison.Ordinal);
            Assert.True(c.Enabled);
        });
        Assert.Equal("health.anticoagulants", classes["antithrombotic"].Answers);
        Assert.Null(classes["systemic-retinoid"].Answers);
        Assert.Equal(SystemicRetinoid, classes["systemic-retinoid"].RuleId);
    }

    [Fact]
    public void A_clinic_extends_a_class_and_adds_its_own_with_and_without_a_question()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.MedicineClasses["antithrombotic"] = new MedicineClassOptions { Names = ["Marcoumar"] };
        options.Eligibility.MedicineClasses["clinic.jak-inhibitor"] = new MedicineClassOptions { Name = "JAK inhibitors", Answers = "immunosuppression", Names = ["deucravacitinib"] };
        options.Eligibility.MedicineClasses["clinic.gingko"] = new MedicineClassOptions { Name = "ginkgo extracts", Names = ["ginkgo biloba"] };
        var policy = MesoRulesPolicy.Create(options);
        var engine = new EligibilityEngine(policy);

        Assert.NotNull(Note(engine.Assess(Taking("marcoumar 3mg")), MedicineContradictsAnswer));
        Assert.NotNull(Note(engine.Assess(Taking("Deucravacitinib", h => h.Immunosuppression = Answer.Unknown)), Immunosuppression));
        EligibilityNote own = Note(engine.Assess(Taking("Ginkgo Biloba 120")), "eligibility.medicine.clinic.gingko")!;
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, own.Outcome);
        Assert.Equal(Provenance.Clinic, own.Provenance);

        MedicineClass extended = policy.MedicineClasses.Single(c => c.Id == "antithrombotic");
        Assert.Equal(Provenance.Clinic, extended.Provenance);
        Assert.Equal("Marcoumar", extended.Names[^1]);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
        Assert.Contains(policy.Rules, r => r.Id == "eligibility.medicine.clinic.gingko");
    }

    [Fact]
    public void A_shipped_class_switched_off_needs_a_reason_and_lists_it()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.MedicineClasses["systemic-corticosteroid"] = new MedicineClassOptions { Enabled = false };
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Contains("MesoRules:Eligibility:MedicineClasses:systemic-corticosteroid:Reason: Switching off the shipped medicine class 'systemic-corticosteroid' is below the safety floor; give the clinic's reason in MesoRules:Eligibility:MedicineClasses:systemic-corticosteroid:Reason (1 to 500 characters).", ex.Failures);

        options.Eligibility.MedicineClasses["systemic-corticosteroid"].Reason = "Screened by the prescribing endocrinologist";
        var policy = MesoRulesPolicy.Create(options);
        MedicineClass off = policy.MedicineClasses.Single(c => c.Id == "systemic-corticosteroid");
        Assert.False(off.Enabled);
        Assert.Equal("Screened by the prescribing endocrinologist", off.ClinicReason);
        Assert.Null(Note(new EligibilityEngine(policy).Assess(Taking("prednisolone")), MedicineContradictsAnswer));
    }

    [Fact]
    public void Bad_catalogue_settings_are_each_listed()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.MedicineClasses["clinic.new"] = new MedicineClassOptions { Names = ["x", " "], AtcCodes = ["B1", "B01AA3"], Answers = "sleep" };
        options.Eligibility.MedicineClasses["clinic.empty"] = new MedicineClassOptions { Name = "nothing" };
        options.Eligibility.MedicineClasses["antithrombotic"] = new MedicineClassOptions { Answers = "Diabetes" };
        options.Eligibility.MedicineClasses["Not Valid"] = new MedicineClassOptions { Name = "x" };
        options.Eligibility.MedicineClasses["contradicts-answer"] = new MedicineClassOptions { Name = "x", Names = ["abc"] };
        string[] failures = [.. Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures];

        string at = "MesoRules:Eligibility:MedicineClasses";
        Assert.Contains(failures, f => f.StartsWith($"{at}:Not Valid: 'Not Valid' is not a valid medicine class id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"{at}:contradicts-answer: 'contradicts-answer' is not a valid medicine class id", StringComparison.Ordinal));
        Assert.Contains($"{at}:antithrombotic:Answers: a shipped class keeps its own health question.", failures);
        Assert.Contains($"{at}:clinic.empty: a class of the clinic's own needs at least one name or ATC code.", failures);
        Assert.Contains($"{at}:clinic.new:Name: must not be null or blank.", failures);
        Assert.Contains(failures, f => f.StartsWith($"{at}:clinic.new:Answers: 'sleep' names no health answer a medicine can stand for; allowed: ActiveScalpInfection, ", StringComparison.Ordinal));
        Assert.Contains($"{at}:clinic.new:Names:0: a name needs at least two letters or digits.", failures);
        Assert.Contains($"{at}:clinic.new:Names:1: must not be null or blank.", failures);
        Assert.Contains(failures, f => f.StartsWith($"{at}:clinic.new:AtcCodes:0: not an ATC code", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"{at}:clinic.new:AtcCodes:1: not an ATC code", StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_64_classes_are_refused()
    {
        var options = new MesoRulesOptions();
        for (int i = 0; i < 59; i++)
        {
            options.Eligibility.MedicineClasses[$"clinic.c{i}"] = new MedicineClassOptions { Name = $"class {i}", Names = [$"medicine{i}"] };
        }

        Assert.Contains("MesoRules:Eligibility:MedicineClasses: 65 classes in all; allowed: at most 64, the shipped 6 included.", Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures);
        options.Eligibility.MedicineClasses.Remove("clinic.c0");
        Assert.Equal(MedicineCatalog.MaxClasses, MesoRulesPolicy.Create(options).MedicineClasses.Length);
    }

    [Fact]
    public void Classes_and_ingredient_names_bind_strictly_from_configuration()
    {
        IConfigurationRoot config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MesoRules:Eligibility:MedicineClasses:antithrombotic:Names:0"] = "Marcoumar",
            ["MesoRules:Eligibility:MedicineClasses:clinic.jak:Name"] = "JAK inhibitors",
            ["MesoRules:Eligibility:MedicineClasses:clinic.jak:Answers"] = "Immunosuppression",
            ["MesoRules:Eligibility:MedicineClasses:clinic.jak:AtcCodes:0"] = "L04AF",
            ["MesoRules:Ingredients:Groups:biotin:Names:0"] = "HairVit B",
        }).Build();
        using (ServiceProvider sp = new ServiceCollection().AddMesoRules(config.GetSection("MesoRules")).BuildServiceProvider())
        {
            MesoRulesPolicy policy = sp.GetRequiredService<IMesoRulesPolicyProvider>().Current;
            Assert.Contains("Marcoumar", policy.MedicineClasses.Single(c => c.Id == "antithrombotic").Names);
            Assert.Equal("health.immunosuppression", policy.MedicineClasses.Single(c => c.Id == "clinic.jak").Answers);
            Assert.Contains("HairVit B", policy.Ingredients.Single(g => g.Id == "biotin").Names);
            var engine = sp.GetRequiredService<EligibilityEngine>();
            Assert.NotNull(Note(engine.Assess(Taking("L04AF03")), MedicineContradictsAnswer));
        }

        IConfigurationRoot bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MesoRules:Eligibility:MedicineClasses:antithrombotic:Colour"] = "red",
            ["MesoRules:Eligibility:MedicineClasses:antithrombotic:Enabled"] = "maybe",
        }).Build();
        using ServiceProvider broken = new ServiceCollection().AddMesoRules(bad.GetSection("MesoRules")).BuildServiceProvider();
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => broken.GetRequiredService<IMesoRulesPolicyProvider>());
        Assert.Contains(ex.Failures, f => f.StartsWith("MesoRules:Eligibility:MedicineClasses:antithrombotic:Colour:", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("MesoRules:Eligibility:MedicineClasses:antithrombotic:Enabled:", StringComparison.Ordinal));
    }

    private static Gen<string> ClassMedicine =>
        Gen.Elements(MesoRulesPolicy.Default.MedicineClasses.SelectMany(c => c.Names.Concat(c.AtcCodes)).ToArray())
            .SelectMany(n => Gen.Elements($"{n}", $"{n} 10 mg", $"1x {n.ToUpperInvariant()} daily"));

    [Property(MaxTest = 300)]
    public Property Adding_a_class_medicine_never_relaxes_the_outcome() =>
        Prop.ForAll(Generators.Patient.ToArbitrary(), ClassMedicine.ToArbitrary(), (p, medicine) =>
        {
            EligibilityOutcome before = Engine.Assess(p).Outcome;
            EligibilityOutcome after = Engine.Assess(p.With(x => x.CurrentMedicines = [.. x.CurrentMedicines, medicine])).Outcome;
            return after >= before;
        });

    [Property(MaxTest = 200)]
    public Property A_class_medicine_never_leaves_an_eligible_answer_when_its_question_was_answered_no() =>
        Prop.ForAll(ClassMedicine.ToArbitrary(), medicine =>
            Engine.Assess(Taking(medicine)).Outcome >= EligibilityOutcome.NeedsInformation);
}
