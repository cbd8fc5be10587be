using MesoRules.Disclosure;
using MesoRules.Patients;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureTailoringTests
{
    [Fact]
    public void The_reference_patient_has_no_raised_risk()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.Empty(Raised(d));
        Assert.All(d.Risks, r => Assert.Empty(r.RaisedBy));
    }

    public static TheoryData<string, string, string> HealthRaisers => new()
    {
        { nameof(HealthFactor.InfectionPredisposition), DisclosureRuleIds.Infection, "health.infectionPredisposition" },
        { nameof(HealthFactor.Immunosuppression), DisclosureRuleIds.Infection, "health.immunosuppression" },
        { nameof(HealthFactor.Diabetes), DisclosureRuleIds.Infection, "health.diabetes" },
        { nameof(HealthFactor.KeloidTendency), DisclosureRuleIds.Scarring, "health.keloidTendency" },
        { nameof(HealthFactor.ActiveSkinDisease), DisclosureRuleIds.SkinIrritation, "health.activeSkinDisease" },
    };

    [Theory]
    [MemberData(nameof(HealthRaisers))]
    public void A_raising_health_fact_raises_its_risk_and_only_that_one_naming_the_fact(string factorName, string riskId, string fact)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        RiskDisclosure d = Engine.Disclose(Reference.With(it0 => { it0.Health = Reference.Health.With(factor, Answer.Yes); }));

        Assert.Equal([riskId], Raised(d));
        DisclosedRisk risk = d.GetRisk(riskId);
        Assert.Equal(RiskLevel.Raised, risk.Level);
        RiskRaise raise = Assert.Single(risk.RaisedBy);
        Assert.Equal(fact, raise.Fact);
        Assert.False(string.IsNullOrWhiteSpace(raise.Explanation));
        Assert.Contains(fact, risk.RaisingFacts);
    }

    [Theory]
    [MemberData(nameof(HealthRaisers))]
    public void An_unknown_answer_raises_nothing(string factorName, string riskId, string fact)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        _ = fact;
        RiskDisclosure d = Engine.Disclose(Reference.With(it1 => { it1.Health = Reference.Health.With(factor, Answer.Unknown); }));
        Assert.Equal(RiskLevel.Baseline, LevelOf(d, riskId));
    }

    [Fact]
    public void Three_infection_facts_together_are_all_named_on_the_one_raised_risk()
    {
        HealthHistory health = HealthHistory.AllNo.With(it2 => { it2.Diabetes = Answer.Yes; it2.Immunosuppression = Answer.Yes; it2.InfectionPredisposition = Answer.Yes; });
        RiskDisclosure d = Engine.Disclose(Reference.With(it3 => { it3.Health = health; }));

        Assert.Equal([DisclosureRuleIds.Infection], Raised(d));
        Assert.Equal(
            ["health.infectionPredisposition", "health.immunosuppression", "health.diabetes"],
            d.GetRisk(DisclosureRuleIds.Infection).RaisedBy.Select(r => r.Fact));
    }

    [Fact]
    public void Any_known_allergy_raises_allergic_reaction_and_only_that_one()
    {
        RiskDisclosure d = Engine.Disclose(Reference.With(it4 => { it4.Allergies = [new KnownAllergy("penicillin")]; }));

        Assert.Equal([DisclosureRuleIds.AllergicReaction], Raised(d));
        DisclosedRisk risk = d.GetRisk(DisclosureRuleIds.AllergicReaction);
        Assert.Equal(RiskLevel.Raised, risk.Level);
        Assert.Equal("patient.allergies", Assert.Single(risk.RaisedBy).Fact);
    }

    [Fact]
    public void An_allergy_to_a_component_of_the_mix_raises_allergic_reaction_clearly_and_says_so_without_naming_it()
    {
        RiskDisclosure d = Engine.Disclose(Reference.With(it5 => { it5.Allergies = [new KnownAllergy(" Biotin ")]; }));

        Assert.Equal([DisclosureRuleIds.AllergicReaction], Raised(d));
        DisclosedRisk risk = d.GetRisk(DisclosureRuleIds.AllergicReaction);
        Assert.Equal(RiskLevel.HighlyRaised, risk.Level);
        RiskRaise raise = Assert.Single(risk.RaisedBy);
        Assert.Contains("ingredient of this mix", raise.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("biotin", d.Render(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("clearly raised", d.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_allergy_without_a_chosen_mix_raises_allergic_reaction_but_not_clearly()
    {
        RiskDisclosure d = Engine.Disclose(Reference.With(it6 => { it6.Formulation = null; it6.Allergies = [new KnownAllergy("biotin")]; }));
        Assert.Equal(RiskLevel.Raised, LevelOf(d, DisclosureRuleIds.AllergicReaction));
    }

    public static TheoryData<HairLossCause> NonPatternCauses => [HairLossCause.Undiagnosed, HairLossCause.AlopeciaAreata, HairLossCause.TelogenEffluvium, HairLossCause.Other];

    [Theory]
    [MemberData(nameof(NonPatternCauses))]
    public void A_cause_other_than_pattern_hair_loss_or_an_undiagnosed_one_raises_uneven_results_and_only_that_one(HairLossCause cause)
    {
        RiskDisclosure d = Engine.Disclose(Reference.With(it7 => { it7.Cause = cause; }));

        Assert.Equal([DisclosureRuleIds.UnevenResults], Raised(d));
        Assert.Equal("patient.cause", Assert.Single(d.GetRisk(DisclosureRuleIds.UnevenResults).RaisedBy).Fact);
    }

    [Fact]
    public void An_undiagnosed_cause_is_explained_differently_from_a_diagnosed_other_cause()
    {
        string undiagnosed = Engine.Disclose(Reference.With(it8 => { it8.Cause = HairLossCause.Undiagnosed; })).GetRisk(DisclosureRuleIds.UnevenResults).RaisedBy[0].Explanation;
        string other = Engine.Disclose(Reference.With(it9 => { it9.Cause = HairLossCause.Other; })).GetRisk(DisclosureRuleIds.UnevenResults).RaisedBy[0].Explanation;
        Assert.Contains("not been diagnosed", undiagnosed, StringComparison.Ordinal);
        Assert.NotEqual(undiagnosed, other);
    }

    [Fact]
    public void An_active_scalp_infection_or_inflammation_raises_skin_irritation_and_only_that_one()
    {
        RiskDisclosure d = Engine.Disclose(Reference.With(it11 => { it11.Health = Reference.Health.With(it10 => { it10.ActiveScalpInfection = Answer.Yes; }); }));

        Assert.Equal([DisclosureRuleIds.SkinIrritation], Raised(d));
        Assert.Equal("health.activeScalpInfection", Assert.Single(d.GetRisk(DisclosureRuleIds.SkinIrritation).RaisedBy).Fact);
    }

    public static TheoryData<string> NonRaisingFactors =>
        [nameof(HealthFactor.Pregnancy), nameof(HealthFactor.Breastfeeding), nameof(HealthFactor.BleedingDisorder), nameof(HealthFactor.Anticoagulants), nameof(HealthFactor.AutoimmuneDisease), nameof(HealthFactor.CancerTreatment)];

    [Theory]
    [MemberData(nameof(NonRaisingFactors))]
    public void Facts_that_are_not_risk_facts_raise_no_risk(string factorName)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        Assert.Empty(Raised(Engine.Disclose(Reference.With(it12 => { it12.Health = Reference.Health.With(factor, Answer.Yes); }))));
    }

    [Fact]
    public void Every_raised_risk_lists_the_facts_that_can_raise_it()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.Empty(d.GetRisk(DisclosureRuleIds.Pain).RaisingFacts.ToArray());
        Assert.Equal(["health.infectionPredisposition", "health.immunosuppression", "health.diabetes"], d.GetRisk(DisclosureRuleIds.Infection).RaisingFacts.ToArray());
        Assert.Equal(["patient.allergies", "formulation.components"], d.GetRisk(DisclosureRuleIds.AllergicReaction).RaisingFacts.ToArray());
        Assert.Equal(["health.activeSkinDisease", "health.activeScalpInfection"], d.GetRisk(DisclosureRuleIds.SkinIrritation).RaisingFacts.ToArray());
        Assert.Equal(["patient.cause"], d.GetRisk(DisclosureRuleIds.UnevenResults).RaisingFacts.ToArray());
        Assert.Equal(["health.keloidTendency", "patient.currentMedicines"], d.GetRisk(DisclosureRuleIds.Scarring).RaisingFacts.ToArray());
    }

    [Theory]
    [InlineData(Answer.Unknown, "prednisone 5 mg", RiskLevel.Raised)] // counted as yes, as eligibility counts it
    [InlineData(Answer.Unknown, "L04AX03", RiskLevel.Raised)]
    [InlineData(Answer.Unknown, "minoxidil", RiskLevel.Baseline)]
    [InlineData(Answer.No, "prednisone", RiskLevel.Baseline)] // the contradiction is eligibility's to ask about
    [InlineData(Answer.Yes, "minoxidil", RiskLevel.Raised)]
    public void A_medicine_that_stands_for_an_unknown_answer_raises_the_risk_it_would_raise(Answer immunosuppression, string medicine, RiskLevel infection)
    {
        PatientProfile p = Reference.With(x => { x.CurrentMedicines = [medicine]; x.Health = Reference.Health.With(h => h.Immunosuppression = immunosuppression); });
        Assert.Equal(infection, Engine.Disclose(p).GetRisk(DisclosureRuleIds.Infection).Level);
    }

    [Theory]
    [InlineData("isotretinoin 20 mg", RiskLevel.Raised)]
    [InlineData("D05BB02", RiskLevel.Raised)]
    [InlineData("minoxidil", RiskLevel.Baseline)]
    public void A_systemic_retinoid_raises_the_scarring_risk(string medicine, RiskLevel scarring)
    {
        DisclosedRisk risk = Engine.Disclose(Reference.With(x => x.CurrentMedicines = [medicine])).GetRisk(DisclosureRuleIds.Scarring);
        Assert.Equal(scarring, risk.Level);
        Assert.Equal(scarring == RiskLevel.Raised, risk.RaisedBy.Any(r => r.Fact == "patient.currentMedicines"));
    }

    [Fact]
    public void A_raised_risk_changes_the_content_hash()
    {
        RiskDisclosure clear = Engine.Disclose(Reference);
        RiskDisclosure diabetic = Engine.Disclose(Reference.With(it14 => { it14.Health = Reference.Health.With(it13 => { it13.Diabetes = Answer.Yes; }); }));
        Assert.NotEqual(clear.ContentHash, diabetic.ContentHash);
        Assert.Equal(clear.PolicyVersion, diabetic.PolicyVersion);
    }
}
