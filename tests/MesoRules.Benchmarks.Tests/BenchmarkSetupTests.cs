using MesoRules.Eligibility;
using MesoRules.Policy;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Benchmarks.Tests;

/// <summary>The benchmark inputs are what the benchmarks claim they are.</summary>
public class BenchmarkSetupTests
{
    [Fact]
    public void The_clinic_policy_has_the_default_rules_and_fifty_clinic_rules()
    {
        MesoRulesPolicy policy = ClinicPolicies.For(ClinicPolicies.WithClinicRuleCount);
        Assert.Equal(50, policy.Rules.Count(r => r.Id.StartsWith("clinic.", StringComparison.Ordinal)));
        Assert.Equal(MesoRulesPolicy.Default.Rules.Count(r => r.Id.StartsWith("eligibility.", StringComparison.Ordinal)), policy.Rules.Count(r => r.Id.StartsWith("eligibility.", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_clinic_rules_fire_and_ask_on_the_varied_patients()
    {
        var engine = new EligibilityEngine(ClinicPolicies.For(ClinicPolicies.WithClinicRuleCount));
        EligibilityNote[] clinicNotes = [.. BenchmarkPatients.Varied.SelectMany(p => engine.Assess(p).Notes).Where(n => n.RuleId.StartsWith("clinic.", StringComparison.Ordinal))];
        Assert.Contains(clinicNotes, n => n.Reason == RuleState.Fired);
        Assert.Contains(clinicNotes, n => n.Reason == RuleState.MissingInformation);
        Assert.True(clinicNotes.Select(n => n.RuleId).Distinct().Count() >= 25, "at least half of the clinic rules fire or ask on the varied set");
    }

    [Fact]
    public void The_clinic_rules_load_through_AddMesoRules()
    {
        using ServiceProvider provider = new ServiceCollection().AddMesoRules(ClinicPolicies.Configure).BuildServiceProvider();
        Assert.Equal(ClinicPolicies.For(ClinicPolicies.WithClinicRuleCount).Version, provider.GetRequiredService<IMesoRulesPolicyProvider>().Current.Version);
    }

    [Fact]
    public void The_generated_patients_are_the_same_for_the_same_seed()
    {
        var engine = new EligibilityEngine();
        Assert.Equal(BenchmarkPatients.Generate(64).Select(p => engine.Assess(p)).Select(Answers.Of), BenchmarkPatients.Varied.Select(p => engine.Assess(p)).Select(Answers.Of));
    }

    [Fact]
    public void The_cold_start_benchmarks_construct_and_assess()
    {
        var benchmarks = new ColdStartBenchmarks();
        benchmarks.SetupPeers();
        // MesoRules starts with the shipped defaults; the peers implement the rules that read no medicine list, which give
        // the typical patient (a medicine of no screened class) the same outcome and notes under another policy version.
        EligibilityAssessment expected = new EligibilityEngine().Assess(BenchmarkPatients.Typical);
        Assert.Equal(Answers.Of(expected), Answers.Of(benchmarks.MesoRules()));
        Assert.Equal(Answers.NotesOf(expected), Answers.NotesOf(benchmarks.RulesEngine()));
        Assert.Equal(Answers.NotesOf(expected), Answers.NotesOf(benchmarks.NRules()));
    }

    [Fact]
    public void The_batch_benchmarks_agree_on_a_small_batch()
    {
        var batch = new BatchBenchmarks { Patients = 2_000 };
        batch.Setup();
        int expected = batch.HandWritten();
        Assert.Equal(expected, batch.MesoRules());
        Assert.Equal(expected, batch.RulesEngine());
        Assert.Equal(expected, batch.NRules());
        Assert.True(batch.MesoRules76Rules() >= expected);
    }
}
