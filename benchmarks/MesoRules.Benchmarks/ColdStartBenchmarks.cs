using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MesoRules.Benchmarks.Peers;
using MesoRules.Eligibility;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Benchmarks;

/// <summary>
/// From nothing to the first eligibility result, in a fresh process: MesoRules from
/// <c>new ServiceCollection().AddMesoRules()</c> (build the provider, resolve the engine, which compiles the
/// policy, and assess), RulesEngine (build the workflow and the engine, whose first run parses and compiles
/// the expressions) and NRules (load the fluent rules, compile the Rete network, open a session and fire).
/// Each operation constructs everything anew. Target: MesoRules below RulesEngine's first result.
/// </summary>
/// <remarks>
/// The job runs <see cref="RunStrategy.ColdStart"/> with one operation per process and several processes, so
/// every measurement is a first call: JIT compilation, type loading and static initialisation included. The
/// peers' table of result notes (<see cref="DefaultRuleNotes"/>, taken from the MesoRules engine) is built
/// before the measurement, in their processes only, so that they are not charged for MesoRules' start-up.
/// The job is <see cref="MesoRulesBenchmarkConfig.ColdStartJob"/>; a job named on the command line (such as
/// <c>--job dry</c>) replaces it.
/// </remarks>
public class ColdStartBenchmarks
{
    [GlobalSetup(Targets = [nameof(RulesEngine), nameof(NRules)])]
    public void SetupPeers() => _ = DefaultRuleNotes.RuleIds;

    [Benchmark]
    public EligibilityAssessment MesoRules()
    {
        using ServiceProvider provider = new ServiceCollection().AddMesoRules().BuildServiceProvider();
        return provider.GetRequiredService<EligibilityEngine>().Assess(BenchmarkPatients.Typical);
    }

    [Benchmark(Baseline = true)]
    public EligibilityAssessment RulesEngine() => new RulesEngineEligibility().Assess(BenchmarkPatients.Typical);

    [Benchmark]
    public EligibilityAssessment NRules() => new NRulesEligibility().Assess(BenchmarkPatients.Typical);
}
