using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using Microsoft.Extensions.Options;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Tests.Patients;

/// <summary>An allergy under any of an ingredient's names is an allergy to that ingredient (domain digest, section 6: "Ingredient names").</summary>
public class IngredientNamesTests
{
    private static readonly EligibilityEngine Engine = new();

    private static PatientProfile Allergic(string allergy, string component, bool anaphylaxis = false) =>
        SamplePatients.Clear.With(p =>
        {
            p.Allergies = [new KnownAllergy(allergy, anaphylaxis)];
            p.Formulation = new Formulation("mix", ["zinc", component]);
        });

    private static EligibilityNote? Note(EligibilityAssessment a, string ruleId) => a.Notes.SingleOrDefault(n => n.RuleId == ruleId);

    [Theory]
    [InlineData("sodium hyaluronate", "hyaluronic acid")]
    [InlineData("Hyaluronan", "Sodium Hyaluronate 2%")]
    [InlineData("vitamin B7", "biotin")]
    [InlineData("vitamin H", "D-Biotin")]
    [InlineData("provitamin B5", "dexpanthenol")]
    [InlineData("panthenol", "Dexpanthenol")]
    [InlineData("dexpanthenol", "D-panthenol")]
    [InlineData("nicotinamide", "niacinamide")]
    [InlineData("vitamin B3", "niacinamide")]
    [InlineData("vitamin B3", "nicotinic acid")]
    [InlineData("niacinamide", "vitamin B3")] // a group name on the vial covers each of its members: the safe side
    [InlineData("vitamin B5", "calcium pantothenate")]
    [InlineData("vitamin B5", "dexpanthenol")]
    [InlineData("vitamin C", "ascorbic acid")]
    [InlineData("pyridoxine", "vitamin B6")]
    [InlineData("cyanocobalamin", "vitamin B12")]
    [InlineData("vitamin B complex", "thiamine")]
    [InlineData("lignocaine", "lidocaine 1%")]
    [InlineData("DMAE", "deanol")]
    public void An_allergy_under_another_name_of_a_component_is_an_allergy_to_that_component(string allergy, string component)
    {
        EligibilityAssessment a = Engine.Assess(Allergic(allergy, component));
        EligibilityNote note = Note(a, AllergyToComponent)!;
        Assert.NotNull(note);
        Assert.Equal(EligibilityOutcome.NotEligible, a.Outcome);
        Assert.Null(Note(a, OtherAllergy));
        Assert.Contains($"'{component}'", note.Detail!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vitamin B-7", "biotin")]
    [InlineData("vitaminB7", "biotin")]
    [InlineData("Vitamin B 7", "D-Biotin")]
    [InlineData("VITAMINB-7", "biotin")]
    [InlineData("vitamin B-3", "niacinamide")]
    [InlineData("vitaminB3", "nicotinamide")]
    [InlineData("vitamin B-5", "dexpanthenol")]
    [InlineData("vitaminB5", "D-panthenol")]
    [InlineData("provitaminB5", "dexpanthenol")]
    [InlineData("vitamin B-12", "cyanocobalamin")]
    [InlineData("coenzymeQ10", "ubiquinone")]
    [InlineData("biotin", "VitaminB7 2.5 mg")] // the vial's name is read the same way
    [InlineData("vitamin B12a", "cyanocobalamin")] // holds vitamin B12, a name of each cobalamin: the safe side
    public void A_vitamin_letter_and_number_match_however_they_are_spaced(string allergy, string component)
    {
        EligibilityAssessment a = Engine.Assess(Allergic(allergy, component));
        Assert.NotNull(Note(a, AllergyToComponent));
        Assert.Null(Note(a, OtherAllergy));
        Assert.Equal(Engine.Assess(Allergic(allergy.Replace("-", string.Empty, StringComparison.Ordinal), component)).Outcome, a.Outcome);
    }

    [Fact]
    public void A_spaced_vitamin_name_is_noted_under_the_tables_name_never_as_written()
    {
        Assert.Equal(
            "The component 'biotin' is biotin, which the allergy names as vitamin B7 (biotin).",
            Note(Engine.Assess(Allergic("vitaminB-7", "biotin")), AllergyToComponent)!.Detail);
        Assert.Equal(
            Note(Engine.Assess(Allergic("vitamin B7", "biotin")), AllergyToComponent)!.Detail,
            Note(Engine.Assess(Allergic("vitamin B-7", "biotin")), AllergyToComponent)!.Detail);
    }

    [Theory]
    [InlineData("vitamin B-12", "thiamine")] // B12 is not B1
    [InlineData("vitamin B-12", "biotin")] // nor B7
    [InlineData("vitaminB12", "thiamine")]
    [InlineData("vitamin B 1 2", "cyanocobalamin")] // B, 1 and 2 apart are not B12
    [InlineData("vitamin B-17", "biotin")]
    [InlineData("vitamin B1", "cyanocobalamin")]
    [InlineData("vitamin B7", "vitamin B12")]
    [InlineData("provitaminB7", "biotin")] // a joined word is one word: not vitamin B7
    [InlineData("vitamin BB7", "biotin")]
    public void A_vitamin_number_matches_only_itself(string allergy, string component)
    {
        EligibilityAssessment a = Engine.Assess(Allergic(allergy, component));
        Assert.Null(Note(a, AllergyToComponent));
        Assert.NotNull(Note(a, OtherAllergy));
    }

    [Theory]
    [InlineData("niacinamide", "niacin")] // two substances, one vitamin name
    [InlineData("nicotinic acid", "nicotinamide")]
    [InlineData("dexpanthenol", "calcium pantothenate")]
    [InlineData("cysteine", "acetylcysteine")]
    [InlineData("vitamin B", "vitamin B12")]
    public void Different_substances_that_share_a_group_name_are_not_one_ingredient(string allergy, string component)
    {
        EligibilityAssessment a = Engine.Assess(Allergic(allergy, component));
        Assert.Null(Note(a, AllergyToComponent));
        Assert.NotNull(Note(a, OtherAllergy));
    }

    [Fact]
    public void The_note_names_the_component_and_the_names_it_matched_under_but_not_the_allergy_as_written()
    {
        EligibilityAssessment a = Engine.Assess(Allergic("my sodium hyaluronate allergy (2019)", "Hyaluronic acid 1%"));
        Assert.Equal(
            "The component 'Hyaluronic acid 1%' is hyaluronic acid, which the allergy names as sodium hyaluronate (hyaluronic-acid).",
            Note(a, AllergyToComponent)!.Detail);
        Assert.DoesNotContain("2019", Note(a, AllergyToComponent)!.Detail!, StringComparison.Ordinal);
        Assert.Null(Note(Engine.Assess(Allergic("biotin", "biotin")), AllergyToComponent)!.Detail);
    }

    [Fact]
    public void Anaphylaxis_under_another_name_makes_the_patient_not_eligible_for_the_mix()
    {
        EligibilityAssessment a = Engine.Assess(Allergic("vitamin B7", "biotin", anaphylaxis: true));
        Assert.NotNull(Note(a, AnaphylaxisToComponent));
        Assert.NotNull(Note(a, AllergyToComponent));
    }

    [Fact]
    public void The_disclosure_raises_the_allergy_risk_for_a_match_under_another_name()
    {
        var engine = new DisclosureEngine();
        DisclosedRisk risk = engine.Disclose(Allergic("vitamin H", "biotin")).Risks.Single(r => r.RuleId == DisclosureRuleIds.AllergicReaction);
        Assert.Equal(RiskLevel.HighlyRaised, risk.Level);
    }

    [Fact]
    public void Pregnancy_avoidance_substances_are_matched_under_every_name_of_their_group()
    {
        var options = new MesoRulesOptions();
        options.Ingredients.Groups["clinic.dutasteride"] = new IngredientGroupOptions { Names = ["dutasteride", "Dutasterid"] };
        var engine = new EligibilityEngine(MesoRulesPolicy.Create(options));
        PatientProfile p = SamplePatients.Clear.With(x => x.Formulation = new Formulation("mix", ["biotin", "Dutasterid 0.01%"]));
        Assert.NotNull(Note(engine.Assess(p), PregnancyAvoidanceComponent));
        Assert.Null(Note(Engine.Assess(p), PregnancyAvoidanceComponent));
    }

    [Fact]
    public void A_clinic_adds_names_to_a_shipped_group_and_groups_of_its_own_with_provenance_clinic()
    {
        var options = new MesoRulesOptions();
        options.Ingredients.Groups["Biotin"] = new IngredientGroupOptions { Names = ["HairVit B"] };
        options.Ingredients.Groups["clinic.peptide"] = new IngredientGroupOptions { Names = ["peptide complex A", "PCA-7"] };
        var policy = MesoRulesPolicy.Create(options);
        var engine = new EligibilityEngine(policy);

        Assert.NotNull(Note(engine.Assess(Allergic("HairVit B", "vitamin B7")), AllergyToComponent));
        Assert.NotNull(Note(engine.Assess(Allergic("pca-7", "Peptide Complex A 5 ml")), AllergyToComponent));
        IngredientGroup biotin = policy.Ingredients.Single(g => g.Id == "biotin");
        Assert.Equal(Provenance.Clinic, biotin.Provenance);
        Assert.Equal("HairVit B", biotin.Names[^1]);
        Assert.Equal(Provenance.Clinic, policy.Ingredients.Single(g => g.Id == "clinic.peptide").Provenance);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
    }

    [Fact]
    public void The_shipped_table_cites_its_sources_and_every_group_has_at_least_two_names()
    {
        Assert.All(MesoRulesPolicy.Default.Ingredients, g =>
        {
            Assert.Equal(Provenance.ClinicalLiterature, g.Provenance);
            Assert.False(string.IsNullOrWhiteSpace(g.Citation));
            Assert.True(g.Names.Length >= 2, g.Id);
            Assert.True(RuleIdSyntax.IsValid(g.Id), g.Id);
        });
        Assert.Equal(MesoRulesPolicy.Default.Ingredients.Length, MesoRulesPolicy.Default.Ingredients.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public void No_shipped_name_holds_a_name_of_another_ingredient_and_a_clinic_name_that_would_is_refused()
    {
        Assert.Empty(IngredientNames.Shipped.Overlaps());

        var options = new MesoRulesOptions();
        options.Ingredients.Groups["clinic.amide"] = new IngredientGroupOptions { Names = ["nicotinic acid amide", "clinic amide"] };
        Assert.Contains(
            "MesoRules:Ingredients:Groups: 'nicotinic acid amide' (clinic.amide) holds 'nicotinic acid', a name of niacin only, so an allergy to niacin would match clinic.amide; give names that do not hold another ingredient's name.",
            Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures);
    }

    [Fact]
    public void Bad_ingredient_settings_are_each_listed()
    {
        var options = new MesoRulesOptions();
        options.Ingredients.Groups["clinic.one"] = new IngredientGroupOptions { Names = ["only"] };
        options.Ingredients.Groups["biotin"] = new IngredientGroupOptions { Names = ["b", "\u200B"] };
        options.Ingredients.Groups["No Id"] = new IngredientGroupOptions { Names = ["ab", "cd"] };
        string[] failures = [.. Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options)).Failures];
        Assert.Contains("MesoRules:Ingredients:Groups:clinic.one:Names: 1 names; allowed: at least 2.", failures);
        Assert.Contains("MesoRules:Ingredients:Groups:biotin:Names:0: a name needs at least two letters or digits.", failures);
        Assert.Contains("MesoRules:Ingredients:Groups:biotin:Names:1: must not be null or blank.", failures);
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Ingredients:Groups:No Id: 'No Id' is not a valid group id", StringComparison.Ordinal));
    }

    private static Gen<(string Allergy, string Component, string[] Group)> SameIngredient =>
        from g in Gen.Elements(MesoRulesPolicy.Default.Ingredients.ToArray())
        from a in Gen.Elements(g.Names.ToArray())
        from c in Gen.Elements(g.Names.ToArray())
        select (a, c, g.Names.ToArray());

    [Property(MaxTest = 300)]
    public Property A_match_under_another_name_gives_the_answer_of_the_exact_match() =>
        Prop.ForAll(SameIngredient.ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (pair, anaphylaxis) =>
        {
            EligibilityAssessment synonym = Engine.Assess(Allergic(pair.Allergy, pair.Component, anaphylaxis));
            EligibilityAssessment exact = Engine.Assess(Allergic(pair.Component, pair.Component, anaphylaxis));
            return synonym.Outcome == exact.Outcome
                && synonym.Notes.Select(n => n.RuleId).SequenceEqual(exact.Notes.Select(n => n.RuleId));
        });
}
