using MesoRules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Benchmarks.Peers;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Benchmarks.Tests;

/// <summary>
/// The four implementations the peer benchmarks time (hand-written, MesoRules, RulesEngine, NRules) do the
/// same work: on any patient they give the same outcome, the same rules with the same reason (fired or
/// missing information) in the same order, and the same result record.
/// </summary>
public class PeerAgreementTests
{
    private static readonly EligibilityEngine Engine = new(DefaultRuleNotes.Policy);
    private static readonly RulesEngineEligibility RulesEngine = new();
    private static readonly NRulesEligibility NRules = new();

    [Property(MaxTest = 300)]
    public Property All_four_give_the_same_outcome_and_fired_rules() =>
        Prop.ForAll(Generators.AnyPatient, patient =>
        {
            EligibilityAssessment expected = Engine.Assess(patient);
            EligibilityAssessment[] peers = [HandWrittenEligibility.Assess(patient), RulesEngine.Assess(patient), NRules.Assess(patient)];
            return peers.All(a => a.Outcome == expected.Outcome && Fired(a).SequenceEqual(Fired(expected)) && Answers.Of(a) == Answers.Of(expected));
        });

    [Fact]
    public void All_four_agree_on_every_benchmark_patient()
    {
        foreach (PatientProfile patient in BenchmarkPatients.Varied.Append(BenchmarkPatients.Typical).Concat(BenchmarkPatients.Generate(500, BenchmarkPatients.Seed + 1)))
        {
            EligibilityAssessment expected = Engine.Assess(patient);
            Assert.Equal(Answers.Of(expected), Answers.Of(HandWrittenEligibility.Assess(patient)));
            Assert.Equal(Answers.Of(expected), Answers.Of(RulesEngine.Assess(patient)));
            Assert.Equal(Answers.Of(expected), Answers.Of(NRules.Assess(patient)));
        }
    }

    [Fact]
    public void The_benchmark_patients_reach_every_outcome_and_every_default_rule()
    {
        EligibilityAssessment[] results = [.. BenchmarkPatients.Varied.Select(p => Engine.Assess(p))];
        Assert.Equal(Enum.GetValues<EligibilityOutcome>().Order(), results.Select(r => r.Outcome).Distinct().Order());
        Assert.Equal(26, DefaultRuleNotes.RuleIds.Length);
        Assert.Equal(DefaultRuleNotes.RuleIds.Order(StringComparer.Ordinal), results.SelectMany(r => r.Notes).Select(n => n.RuleId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_peers_ask_for_missing_information_like_the_engine()
    {
        var unknown = new PatientProfile { Cause = HairLossCause.AndrogeneticAlopecia, Allergies = [new KnownAllergy("latex")] };
        EligibilityAssessment expected = Engine.Assess(unknown);
        Assert.Equal(EligibilityOutcome.NeedsInformation, expected.Outcome);
        Assert.Equal(Answers.Of(expected), Answers.Of(RulesEngine.Assess(unknown)));
        Assert.Equal(Answers.Of(expected), Answers.Of(NRules.Assess(unknown)));
    }

    private static IEnumerable<(string, RuleState)> Fired(EligibilityAssessment a) => a.Notes.Select(n => (n.RuleId, n.Reason));
}
