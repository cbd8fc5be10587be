using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Benchmarks;
using MesoRules.Eligibility;
using MesoRules.Tests.Properties;

namespace MesoRules.Tests.Eligibility;

/// <summary>The benchmark's hand-written baseline does the same work as the engine, so the timings compare equal work.</summary>
public class BaselineAgreementTests
{
    private static readonly EligibilityEngine Engine = new(MesoRules.Benchmarks.Peers.DefaultRuleNotes.Policy);

    [Property(MaxTest = 500)]
    public Property The_hand_written_baseline_gives_the_engine_answer() =>
        Prop.ForAll(Generators.AnyPatient, p => ResultAssert.Equal(HandWrittenEligibility.Assess(p), Engine.Assess(p)));
}
