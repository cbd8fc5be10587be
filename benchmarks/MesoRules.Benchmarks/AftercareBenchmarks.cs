using BenchmarkDotNet.Attributes;
using MesoRules.Aftercare;

namespace MesoRules.Benchmarks;

/// <summary>
/// The aftercare engine's hot paths. Targets: checking one activity at most 50 ns with no allocation;
/// the full schedule for one session at most 1 us.
/// </summary>
[MemoryDiagnoser]
public class AftercareBenchmarks
{
    private static readonly DateTimeOffset SessionEnd = new(2026, 5, 12, 10, 0, 0, TimeSpan.FromHours(2));
    private readonly AftercareEngine _engine = new();
    private readonly DateTimeOffset[] _history = [SessionEnd.AddDays(-28), SessionEnd.AddDays(-14), SessionEnd];
    private readonly DateTimeOffset _at = SessionEnd.AddHours(30);

    /// <summary>One activity at one instant, given a history of three sessions.</summary>
    [Benchmark(Baseline = true)]
    public AftercareCheck CheckOneActivity() => _engine.Check(AftercareActivity.Exercise, _at, _history);

    /// <summary>One activity at one instant after a single session.</summary>
    [Benchmark]
    public AftercareCheck CheckOneActivityOneSession() => _engine.Check(AftercareActivity.Sun, _at, SessionEnd);

    /// <summary>Every window after one session.</summary>
    [Benchmark]
    public AftercareSchedule ScheduleOneSession() => _engine.Schedule(SessionEnd);

    /// <summary>Every restriction still in force at an instant.</summary>
    [Benchmark]
    public AftercareActiveRestrictions ActiveAt() => _engine.ActiveAt(_at, _history);
}
