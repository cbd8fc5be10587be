using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MesoRules.Benchmarks;

/// <summary>
/// What the command line asked for, read by <c>Program</c> before BenchmarkDotNet starts. BenchmarkDotNet
/// runs the union of a job given on the command line (<c>--job dry</c>) and the jobs a class declares by
/// attribute, so <c>--job dry</c> alone would still run a class's own long job. The job attributes below
/// therefore add their job only when the command line names none.
/// </summary>
public static class BenchmarkCommandLine
{
    /// <summary>The job named on the command line (<c>--job</c>, <c>-j</c>), or <see langword="null"/>.</summary>
    public static string? Job { get; private set; }

    /// <summary>Whether the command line asked for the dry job, a smoke run of one operation per benchmark.</summary>
    public static bool IsDry => string.Equals(Job, "dry", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the job from the arguments.</summary>
    public static void Read(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if ((arg is "--job" or "-j") && i + 1 < args.Count)
            {
                Job = args[i + 1];
            }
            else if (arg.StartsWith("--job=", StringComparison.Ordinal))
            {
                Job = arg["--job=".Length..];
            }
        }
    }
}

/// <summary>
/// The cold-start job: <see cref="RunStrategy.ColdStart"/>, five processes of one operation each, no warm-up,
/// so each measurement is the first call in a fresh process. Added only when the command line names no job.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ColdStartJobAttribute : Attribute, IConfigSource
{
    /// <inheritdoc/>
    public IConfig Config { get; } = BenchmarkCommandLine.Job is null
        ? ManualConfig.CreateEmpty().AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithWarmupCount(0).WithIterationCount(1).WithId("ColdStart"))
        : ManualConfig.CreateEmpty();
}

/// <summary>
/// The batch job: <see cref="RunStrategy.Monitoring"/> (one operation is a whole batch, up to seconds), ten
/// warm-up batches (so tiered JIT has reached its optimised code; with one, the first measured batches ran
/// partly unoptimised and looked three times slower) and ten measured batches in one process, and a
/// <c>Patients/s</c> column. The job is added only
/// when the command line names none; the column always.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BatchJobAttribute : Attribute, IConfigSource
{
    /// <inheritdoc/>
    public IConfig Config { get; } = BenchmarkCommandLine.Job is null
        ? ManualConfig.CreateEmpty().AddColumn(new PatientsPerSecondColumn()).AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(10).WithId("Batch"))
        : ManualConfig.CreateEmpty().AddColumn(new PatientsPerSecondColumn());
}

/// <summary>
/// Throughput of a batch benchmark: its <c>Patients</c> parameter divided by the median time of one batch (the
/// median, because on a shared 2-core machine one batch slowed by someone else's build moves the mean).
/// </summary>
public sealed class PatientsPerSecondColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(PatientsPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "Patients/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Patients assessed per second on one thread (one core): Patients / Median";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        double? medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        object? patients = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(BatchBenchmarks.Patients))?.Value;
        if (medianNs is not double median || median <= 0 || patients is not int count)
        {
            return "-";
        }

        return (count / (median / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
