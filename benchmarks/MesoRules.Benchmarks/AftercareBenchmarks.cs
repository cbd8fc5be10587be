using BenchmarkDotNet.Attributes;
using MesoRules.Aftercare;

namespace MesoRules.Benchmarks;

/// <summary>
/// The aftercare engine's hot paths. Targets: checking one activity at most 50 ns with no allocation;
/// the full schedule for one session at most 1 us. Under the default policy only: aftercare reads its own
/// rules and never the eligibility rules, so the 76-rule policy of the other engines' benchmarks is not a
/// parameter here (it measured the same, within noise).
/// </summary>
public class AftercareBenchmarks
{
    private const int VariedCount = 64;
    private static readonly DateTimeOffset SessionEnd = new(2026, 5, 12, 10, 0, 0, TimeSpan.FromHours(2));
    private readonly DateTimeOffset[] _history = [SessionEnd.AddDays(-28), SessionEnd.AddDays(-14), SessionEnd];
    private readonly DateTimeOffset _at = SessionEnd.AddHours(30);
    private readonly (AftercareActivity Activity, DateTimeOffset At, DateTimeOffset[] History)[] _varied = CreateVaried();
    private readonly AftercareEngine _engine = new();
    private int _next;

    /// <summary>One activity at one instant, given a history of three sessions.</summary>
    [Benchmark(Baseline = true)]
    public AftercareCheck CheckOneActivity() => _engine.Check(AftercareActivity.Exercise, _at, _history);

    /// <summary>One activity at one instant after a single session.</summary>
    [Benchmark]
    public AftercareCheck CheckOneActivityOneSession() => _engine.Check(AftercareActivity.Sun, _at, [SessionEnd]);

    /// <summary>The next of 64 generated checks: any activity, one to four sessions, from just after a session to weeks later.</summary>
    [Benchmark]
    public AftercareCheck CheckVaried()
    {
        (AftercareActivity activity, DateTimeOffset at, DateTimeOffset[] history) = _varied[_next++ & (VariedCount - 1)];
        return _engine.Check(activity, at, history);
    }

    /// <summary>Every window after one session.</summary>
    [Benchmark]
    public AftercareSchedule ScheduleOneSession() => _engine.Schedule([SessionEnd]);

    /// <summary>Every restriction still in force at an instant.</summary>
    [Benchmark]
    public AftercareActiveRestrictions ActiveAt() => _engine.ActiveAt(_at, _history);

    private static (AftercareActivity, DateTimeOffset, DateTimeOffset[])[] CreateVaried()
    {
        var random = new Random(BenchmarkPatients.Seed);
        AftercareActivity[] activities = Enum.GetValues<AftercareActivity>();
        var cases = new (AftercareActivity, DateTimeOffset, DateTimeOffset[])[VariedCount];
        for (int i = 0; i < cases.Length; i++)
        {
            DateTimeOffset[] history = [.. Enumerable.Range(0, random.Next(1, 5)).Select(k => SessionEnd.AddDays(-14 * k)).Reverse()];
            cases[i] = (activities[random.Next(activities.Length)], SessionEnd.AddHours(random.Next(0, 24 * 21)), history);
        }

        return cases;
    }
}
