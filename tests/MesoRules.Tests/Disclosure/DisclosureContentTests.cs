using MesoRules.Disclosure;
using MesoRules.Policy;
using MesoRules.Core;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureContentTests
{
    [Fact]
    public void The_six_risks_are_present_in_the_fixed_order()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.Equal(
            ["disclosure.risk.pain", "disclosure.risk.infection", "disclosure.risk.allergic-reaction", "disclosure.risk.skin-irritation", "disclosure.risk.uneven-results", "disclosure.risk.scarring"],
            d.Risks.Select(r => r.RuleId));
        Assert.Equal(DisclosureRuleIds.Risks, d.Risks.Select(r => r.RuleId));
    }

    public static TheoryData<string, RiskLikelihood> Likelihoods => new()
    {
        { DisclosureRuleIds.Pain, RiskLikelihood.Common },
        { DisclosureRuleIds.Infection, RiskLikelihood.Uncommon },
        { DisclosureRuleIds.AllergicReaction, RiskLikelihood.Uncommon },
        { DisclosureRuleIds.SkinIrritation, RiskLikelihood.Common },
        { DisclosureRuleIds.UnevenResults, RiskLikelihood.Common },
        { DisclosureRuleIds.Scarring, RiskLikelihood.Rare },
    };

    [Theory]
    [MemberData(nameof(Likelihoods))]
    public void Each_risk_carries_the_likelihood_word_of_the_domain_table(string riskId, RiskLikelihood likelihood)
    {
        Assert.Equal(likelihood, Engine.Disclose(Reference).GetRisk(riskId).Likelihood);
    }

    [Fact]
    public void Every_risk_has_a_title_text_course_mitigation_rationale_and_a_cited_source()
    {
        foreach (DisclosedRisk r in Engine.Disclose(Reference).Risks)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title), r.RuleId);
            Assert.False(string.IsNullOrWhiteSpace(r.Text), r.RuleId);
            Assert.False(string.IsNullOrWhiteSpace(r.Course), r.RuleId);
            Assert.False(string.IsNullOrWhiteSpace(r.Mitigation), r.RuleId);
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale), r.RuleId);
            Assert.Contains("Source FAQ: 'Can mesotherapy go wrong?'", r.Citation, StringComparison.Ordinal);
            Assert.Equal(Provenance.SourceFaq, r.Provenance);
        }
    }

    [Fact]
    public void The_literature_is_cited_for_pain_late_infection_and_late_scarring()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.Contains("45%", d.GetRisk(DisclosureRuleIds.Pain).Citation, StringComparison.Ordinal);
        Assert.Contains("1 to 12 weeks", d.GetRisk(DisclosureRuleIds.Infection).Citation, StringComparison.Ordinal);
        Assert.Contains("1 to 12 weeks", d.GetRisk(DisclosureRuleIds.Infection).Course, StringComparison.Ordinal);
        Assert.Contains("up to a year", d.GetRisk(DisclosureRuleIds.Scarring).Citation, StringComparison.Ordinal);
        Assert.Contains("up to a year", d.GetRisk(DisclosureRuleIds.Scarring).Course, StringComparison.Ordinal);
    }

    [Fact]
    public void Anaphylaxis_is_named_as_the_rare_severe_form_of_allergic_reaction()
    {
        DisclosedRisk allergy = Engine.Disclose(Reference).GetRisk(DisclosureRuleIds.AllergicReaction);
        Assert.Contains("anaphylaxis", allergy.Text, StringComparison.Ordinal);
        Assert.Contains("rarely", allergy.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Failing_to_reach_the_desired_result_is_stated_as_a_risk()
    {
        DisclosedRisk uneven = Engine.Disclose(Reference).GetRisk(DisclosureRuleIds.UnevenResults);
        Assert.Contains("may not give you the result you hope for", uneven.Text, StringComparison.Ordinal);
        Assert.Contains("no result", uneven.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_general_statement_says_safe_in_trained_hands_yet_risks_remain_when_done_well()
    {
        DisclosureStatement general = Engine.Disclose(Reference).General;
        Assert.Equal(DisclosureRuleIds.General, general.RuleId);
        Assert.Equal(DisclosureStatementKind.General, general.Kind);
        Assert.Contains("trained practitioner", general.Text, StringComparison.Ordinal);
        Assert.Contains("generally considered safe", general.Text, StringComparison.Ordinal);
        Assert.Contains("when everything is done correctly", general.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alternatives_name_other_therapies_and_a_dermatologist()
    {
        DisclosureStatement alternatives = Engine.Disclose(Reference).Alternatives;
        Assert.Equal(DisclosureStatementKind.Alternatives, alternatives.Kind);
        Assert.Contains("Other treatments", alternatives.Text, StringComparison.Ordinal);
        Assert.Contains("dermatologist", alternatives.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Late_signs_say_when_to_contact_the_clinic_and_cite_the_literature()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.Equal([DisclosureRuleIds.LateInfection, DisclosureRuleIds.LateScarring, DisclosureRuleIds.SevereAllergy], d.WarningSigns.Select(s => s.RuleId));
        Assert.All(d.WarningSigns, s =>
        {
            Assert.Equal(DisclosureStatementKind.WarningSign, s.Kind);
            Assert.Contains("contact the clinic", s.Text, StringComparison.OrdinalIgnoreCase);
        });

        DisclosureStatement infection = d.WarningSigns[0];
        Assert.Contains("12 weeks", infection.Text, StringComparison.Ordinal);
        Assert.Equal(Provenance.ClinicalLiterature, infection.Provenance);
        DisclosureStatement scarring = d.WarningSigns[1];
        Assert.Contains("a year", scarring.Text, StringComparison.Ordinal);
        Assert.Equal(Provenance.ClinicalLiterature, scarring.Provenance);
    }

    [Fact]
    public void The_disclosure_names_every_rule_id_and_the_policy_version()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.Equal(MesoRulesPolicy.Default.Version, d.PolicyVersion);
        Assert.Equal([.. DisclosureRuleIds.Statements.Take(1), .. DisclosureRuleIds.Risks, .. DisclosureRuleIds.Statements.Skip(1)], d.RuleIds.ToArray());
        Assert.Equal(RiskDisclosure.CurrentFormatVersion, d.FormatVersion);
    }

    [Fact]
    public void Every_disclosure_rule_id_is_a_rule_of_the_policy_with_the_same_provenance()
    {
        var rules = MesoRulesPolicy.Default.Rules.ToDictionary(r => r.Id);
        RiskDisclosure d = Engine.Disclose(Reference);
        foreach (string id in d.RuleIds)
        {
            Assert.True(rules.ContainsKey(id), id);
            Assert.True(RuleIdSyntax.IsValid(id), id);
        }

        Assert.All(d.Risks, r => Assert.Equal(r.Rationale, rules[r.RuleId].Rationale));
        Assert.True(rules.ContainsKey(DisclosureRuleIds.Consent));
    }

    [Fact]
    public void The_creation_instant_comes_from_the_clock()
    {
        Assert.Equal(Prepared, Engine.Disclose(Reference).CreatedAt);
    }

    [Fact]
    public void Patient_text_is_not_pasted_from_the_source_faq()
    {
        // The FAQ sits beside the repository in the working copy (../shared/seed); a clone without it has nothing to compare.
        if (FindFaq() is not { } path)
        {
            return;
        }

        string faq = File.ReadAllText(path);
        RiskDisclosure d = Engine.Disclose(Reference);
        IEnumerable<string> shown = d.Risks.SelectMany(r => new[] { r.Text, r.Course, r.Mitigation })
            .Concat(d.WarningSigns.Select(s => s.Text)).Append(d.General.Text).Append(d.Alternatives.Text);

        // No run of eight words of the patient text appears in the FAQ.
        foreach (string text in shown)
        {
            string[] words = text.Split(' ');
            for (int i = 0; i + 8 <= words.Length; i++)
            {
                string run = string.Join(' ', words, i, 8);
                Assert.DoesNotContain(run, faq, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static string? FindFaq()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "seed", "source-faq.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
