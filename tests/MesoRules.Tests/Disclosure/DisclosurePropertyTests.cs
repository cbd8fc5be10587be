using Microsoft.Extensions.Time.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Properties;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosurePropertyTests
{
    private static readonly HealthFactor[] RiskFactors =
        [HealthFactor.InfectionPredisposition, HealthFactor.Immunosuppression, HealthFactor.Diabetes, HealthFactor.KeloidTendency, HealthFactor.ActiveSkinDisease, HealthFactor.ActiveScalpInfection];

    private static bool NoLevelLower(RiskDisclosure before, RiskDisclosure after) =>
        before.Risks.Zip(after.Risks).All(pair => pair.First.RuleId == pair.Second.RuleId && pair.Second.Level >= pair.First.Level);

    [Property(MaxTest = 300)]
    public Property The_six_risks_are_always_present() =>
        Prop.ForAll(Generators.AnyPatient, p =>
            Engine.Disclose(p).Risks.Select(r => r.RuleId).SequenceEqual(DisclosureRuleIds.Risks));

    [Property(MaxTest = 200)]
    public Property The_same_input_gives_the_same_hash_and_renderings() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            RiskDisclosure a = Engine.Disclose(p);
            RiskDisclosure b = new DisclosureEngine(MesoRulesPolicy.Create(new MesoRulesOptions()), new FakeTimeProvider(Prepared)).Disclose(p.With(it0 => {  }));
            return a.ContentHash == b.ContentHash
                && ResultAssert.Equal(a.Risks, b.Risks)
                && a.Render() == b.Render()
                && a.Render(DocumentFormat.Markdown) == b.Render(DocumentFormat.Markdown);
        });

    [Property(MaxTest = 200)]
    public Property The_hash_changes_exactly_when_the_shown_risks_change() =>
        Prop.ForAll(Generators.AnyPatient, Generators.AnyPatient, (p, q) =>
        {
            RiskDisclosure a = Engine.Disclose(p);
            RiskDisclosure b = Engine.Disclose(q);
            return (a.ContentHash == b.ContentHash) == ResultAssert.Equal(a.Risks, b.Risks);
        });

    [Property(MaxTest = 300)]
    public Property Answering_yes_to_a_risk_fact_never_lowers_a_risk() =>
        Prop.ForAll(Generators.AnyPatient, Gen.Elements(RiskFactors).ToArbitrary(), (p, factor) =>
        {
            RiskDisclosure without = Engine.Disclose(p.With(it1 => { it1.Health = p.Health.With(factor, Answer.No); }));
            RiskDisclosure with = Engine.Disclose(p.With(it2 => { it2.Health = p.Health.With(factor, Answer.Yes); }));
            return NoLevelLower(without, with) && with.Risks.Any(r => r.Level > RiskLevel.Baseline);
        });

    [Property(MaxTest = 300)]
    public Property Adding_an_allergy_never_lowers_a_risk_and_raises_allergic_reaction() =>
        Prop.ForAll(Generators.AnyPatient, Generators.Allergy.ToArbitrary(), (p, allergy) =>
        {
            RiskDisclosure before = Engine.Disclose(p);
            RiskDisclosure after = Engine.Disclose(p.With(it3 => { it3.Allergies = [.. p.Allergies, allergy]; }));
            return NoLevelLower(before, after) && after.GetRisk(DisclosureRuleIds.AllergicReaction).Level >= RiskLevel.Raised;
        });

    [Property(MaxTest = 200)]
    public Property Leaving_pattern_hair_loss_never_lowers_a_risk() =>
        Prop.ForAll(Generators.AnyPatient, Gen.Elements(HairLossCause.Undiagnosed, HairLossCause.AlopeciaAreata, HairLossCause.TelogenEffluvium, HairLossCause.Other).ToArbitrary(), (p, cause) =>
            NoLevelLower(Engine.Disclose(p.With(it4 => { it4.Cause = HairLossCause.AndrogeneticAlopecia; })), Engine.Disclose(p.With(it5 => { it5.Cause = cause; }))));

    [Property(MaxTest = 200)]
    public Property Every_raised_risk_says_why_and_every_baseline_risk_does_not() =>
        Prop.ForAll(Generators.AnyPatient, p =>
            Engine.Disclose(p).Risks.All(r => (r.Level == RiskLevel.Baseline) == r.RaisedBy.IsEmpty && r.RaisedBy.All(x => r.RaisingFacts.Contains(x.Fact))));

    [Property(MaxTest = 100)]
    public Property Disclosing_on_many_threads_gives_the_single_threaded_answer() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            RiskDisclosure expected = Engine.Disclose(p);
            var results = new RiskDisclosure[16];
            Parallel.For(0, results.Length, i => results[i] = Engine.Disclose(p));
            return results.All(r => ResultAssert.Equal(r, expected));
        });

    [Property(MaxTest = 100)]
    public Property An_acknowledgment_verifies_valid_exactly_when_hash_matches_and_it_precedes_the_session() =>
        Prop.ForAll(Generators.AnyPatient, Generators.AnyPatient, Gen.Choose(-1000, 1000).ToArbitrary(), (p, q, minutes) =>
        {
            RiskDisclosure shown = Engine.Disclose(p);
            RiskDisclosure current = Engine.Disclose(q);
            var ack = new DisclosureAcknowledgment(shown.ContentHash, shown.PolicyVersion, "ref", FirstSession.AddMinutes(minutes), AcknowledgingParty.Patient);
            bool valid = ack.Verify(current, FirstSession).IsValid;
            return valid == (shown.ContentHash == current.ContentHash && minutes < 0);
        });
}
