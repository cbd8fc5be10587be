using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Tests.Patients;

/// <summary>The formulation is an input matched against allergies and pregnancy-avoidance components (domain.md section 4).</summary>
public class FormulationTests
{
    private static readonly EligibilityEngine Engine = new();

    private static PatientProfile WithMix(Formulation? mix, params KnownAllergy[] allergies) =>
        SamplePatients.Clear.With(it0 => { it0.Formulation = mix; it0.Allergies = allergies; });

    [Theory]
    [InlineData("Dutasteride 0.01%", "dutasteride", true)]
    [InlineData("hyaluronic acid (non-crosslinked)", "Hyaluronic Acid", true)]
    [InlineData("  biotin ", "BIOTIN", true)]
    [InlineData("vitamin B7/biotin", "biotin", true)]
    [InlineData("lidocaine", "caine", false)]
    [InlineData("biotinylated peptide", "biotin", false)]
    [InlineData("biotin", "biotin complex", false)]
    [InlineData("biotin", "   ", false)]
    [InlineData("Hyaluronic-acid", "hyaluronic acid", true)]
    [InlineData("hyaluronic  acid", "hyaluronic acid", true)]
    [InlineData("hyaluronic\tacid", "hyaluronic acid", true)]
    [InlineData("hyaluronic\u00A0acid", "hyaluronic acid", true)]
    [InlineData("hyaluronic acid", "Hyaluronic-Acid", true)]
    [InlineData("cafe\u0301ine", "caf\u00E9ine", true)]
    [InlineData("caf\u00E9ine", "cafe\u0301ine", true)]
    [InlineData("cafe\u0301ine", "cafe", false)]
    [InlineData("finasteride-free base", "finasteride", true)]
    [InlineData("zinc", "-", false)]
    [InlineData("lido\u00ADcaine 2%", "lidocaine", true)]
    [InlineData("bio\u200Btin", "biotin", true)]
    [InlineData("biotin", "bio\u00ADtin", true)]
    [InlineData("\uFEFFdutasteride", "dutasteride", true)]
    [InlineData("dutasteride\u200B", "dutasteride", true)]
    [InlineData("\u200Bdutasteride", "dutasteride", true)]
    [InlineData("biotin \u00ADzinc", "zinc", true)]
    [InlineData("procaine\u200Bhydrochloride", "procaine", true)]
    [InlineData("biotin", "\u2060biotin", true)]
    [InlineData("dutasteride", "\u200Bdutasteride", true)]
    public void A_component_matches_a_substance_it_equals_or_holds_as_whole_words(string component, string substance, bool expected)
    {
        Assert.Equal(expected, new Formulation("mix", [component]).Contains(substance));
    }

    [Theory]
    [InlineData("Hyaluronic-acid")]
    [InlineData("hyaluronic  acid")]
    [InlineData("HYALURONIC ACID (cross-linked)")]
    public void An_anaphylaxis_to_a_component_written_another_way_still_makes_the_patient_not_eligible(string component)
    {
        EligibilityAssessment a = Engine.Assess(WithMix(new Formulation("filler mix", ["biotin", component]), new KnownAllergy("hyaluronic acid", Anaphylaxis: true)));
        Assert.Equal(EligibilityOutcome.NotEligible, a.Outcome);
        Assert.Contains(a.Notes, n => n.RuleId == EligibilityRuleIds.AnaphylaxisToComponent);
    }

    [Fact]
    public void A_mix_with_no_components_is_as_unknown_as_no_mix_so_an_anaphylaxis_is_never_passed()
    {
        KnownAllergy anaphylaxis = new("biotin", Anaphylaxis: true);

        EligibilityAssessment empty = Engine.Assess(WithMix(new Formulation("house mix", []), anaphylaxis));
        EligibilityAssessment none = Engine.Assess(WithMix(null, anaphylaxis));

        Assert.Equal(EligibilityOutcome.NeedsInformation, empty.Outcome);
        Assert.Equal(none.Outcome, empty.Outcome);
        Assert.Contains(empty.Notes, n => n.RuleId == EligibilityRuleIds.AnaphylaxisToComponent && n.Outcome == EligibilityOutcome.NeedsInformation);
        Assert.DoesNotContain(empty.Notes, n => n.RuleId == EligibilityRuleIds.OtherAllergy);
    }

    [Fact]
    public void A_mix_with_no_components_asks_for_its_ingredients_for_the_pregnancy_avoidance_check()
    {
        EligibilityAssessment empty = Engine.Assess(WithMix(new Formulation("house mix", [])));
        Assert.Contains(empty.Notes, n => n.RuleId == EligibilityRuleIds.PregnancyAvoidanceComponent && n.Outcome == EligibilityOutcome.NeedsInformation);
        Assert.Equal(EligibilityOutcome.NeedsInformation, empty.Outcome);
    }

    [Fact]
    public void A_component_named_with_its_strength_still_triggers_the_pregnancy_avoidance_caution_and_the_allergy()
    {
        var mix = new Formulation("anti-androgen mix", ["Dutasteride 0.01%", "biotin 5 mg"]);

        EligibilityAssessment plain = Engine.Assess(WithMix(mix));
        Assert.Contains(plain.Notes, n => n.RuleId == EligibilityRuleIds.PregnancyAvoidanceComponent && n.Outcome == EligibilityOutcome.EligibleWithCautions);

        EligibilityAssessment allergic = Engine.Assess(WithMix(mix, new KnownAllergy("Biotin", Anaphylaxis: true)));
        Assert.Equal(EligibilityOutcome.NotEligible, allergic.Outcome);
        Assert.Equal(RiskLevel.HighlyRaised, new DisclosureEngine().Disclose(WithMix(mix, new KnownAllergy("biotin"))).GetRisk(DisclosureRuleIds.AllergicReaction).Level);
    }

    [Fact]
    public void A_formulation_cannot_be_built_or_copied_without_components()
    {
        Assert.Equal("Components", Assert.Throws<ArgumentNullException>(() => new Formulation("m", null!)).ParamName);
        var mix = new Formulation("m", ["biotin"]);
        Assert.Equal("Components", Assert.Throws<ArgumentNullException>(() => new Formulation(mix.Name, null!)).ParamName);
        Assert.Throws<ArgumentNullException>("substance", () => mix.Contains(null!));
        Assert.Throws<ArgumentException>("Components[0]", () => new Formulation("m", [null!, "biotin"]).Contains("biotin"));
    }

    [Fact]
    public void A_formulation_without_a_name_is_refused_naming_the_field()
    {
        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => Engine.Assess(WithMix(new Formulation(null!, ["biotin"]))));
        Assert.Equal("patient.Formulation.Name", ex.ParamName);
    }
}
