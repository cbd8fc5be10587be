using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace MesoRules.Benchmarks;

/// <summary>
/// The one configuration <c>Program</c> passes to BenchmarkDotNet's switcher with the command line: the memory
/// diagnoser, a GitHub Markdown and a brief JSON report per class (statistics and allocation without the
/// individual measurements: small enough to commit, and what the <c>compare</c> command reads), the artifacts folder <c>benchmarks/results/</c> (reports in its <c>results/</c> subfolder), the
/// <c>Patients/s</c> column of the batch class, and which job each class runs.
/// </summary>
/// <remarks>
/// <para>
/// Jobs. BenchmarkDotNet runs every class on the union of the jobs in this configuration and a job named on the
/// command line (<c>--job short</c>). When the command line names a job, this configuration adds none, so every
/// class, cold start and batch included, runs that job only. When it names none, this configuration adds three
/// jobs and a filter that pairs them with the classes: <see cref="ColdStartBenchmarks"/> runs
/// <see cref="ColdStartJob"/> only, <see cref="BatchBenchmarks"/> <see cref="BatchJob"/> only, and every other
/// class BenchmarkDotNet's default job (and any job the command line adds otherwise, such as <c>--runtimes</c>),
/// never the other two.
/// </para>
/// <para>
/// Batch size. <see cref="BatchBenchmarks.Patients"/> declares both sizes; under the dry job the filter keeps
/// <see cref="BatchBenchmarks.DrySize"/>, otherwise <see cref="BatchBenchmarks.FullSize"/>, so the smoke run in CI
/// stays short.
/// </para>
/// <para>
/// Everything is decided here from the arguments, once, with no static state: the configuration is a value of
/// its command line.
/// </para>
/// </remarks>
public sealed class MesoRulesBenchmarkConfig : ManualConfig
{
    /// <summary>
    /// The cold-start job: <see cref="RunStrategy.ColdStart"/>, five processes of one operation each, no warm-up,
    /// so each measurement is the first call in a fresh process.
    /// </summary>
    public static readonly Job ColdStartJob = Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithWarmupCount(0).WithIterationCount(1).WithId("ColdStart");

    /// <summary>
    /// The batch job: <see cref="RunStrategy.Monitoring"/> (one operation is a whole batch, up to seconds), ten
    /// warm-up batches (so tiered JIT has reached its optimised code; with one, the first measured batches ran
    /// partly unoptimised and looked three times slower) and ten measured batches in one process.
    /// </summary>
    public static readonly Job BatchJob = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(10).WithId("Batch");

    /// <summary>BenchmarkDotNet's default job, for every class without a job of its own.</summary>
    public static readonly Job DefaultJob = Job.Default;

    /// <summary>Creates the configuration for <paramref name="args"/>, writing into <paramref name="artifactsPath"/>.</summary>
    /// <param name="args">The command line given to the switcher; only the job (<c>--job</c>, <c>-j</c>) is read here.</param>
    /// <param name="artifactsPath">The artifacts folder; <c>--artifacts</c> on the command line still overrides it.</param>
    public MesoRulesBenchmarkConfig(IReadOnlyList<string> args, string artifactsPath)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactsPath);
        NamedJob = JobNamedIn(args);

        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
        AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray());
        AddValidator(DefaultConfig.Instance.GetValidators().ToArray());
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(MarkdownExporter.GitHub, JsonExporter.Brief);
        AddColumn(new PatientsPerSecondColumn());
        ArtifactsPath = artifactsPath;

        if (NamedJob is null)
        {
            AddJob(DefaultJob, ColdStartJob, BatchJob);
        }

        AddFilter(new SimpleFilter(Runs));
    }

    /// <summary>The job named on the command line (<c>--job</c>, <c>-j</c>), or <see langword="null"/> when none is.</summary>
    public string? NamedJob { get; }

    /// <summary>Whether the command line named the dry job, a smoke run of one operation per benchmark.</summary>
    public bool IsDry => string.Equals(NamedJob, "dry", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configuration of a run from this repository: artifacts in <see cref="ResultsDirectory"/>.</summary>
    public static MesoRulesBenchmarkConfig For(IReadOnlyList<string> args) => new(args, ResultsDirectory());

    /// <summary>
    /// <c>benchmarks/results</c> of the repository that holds this program (found from the program's folder), or
    /// under the current folder when the program runs outside a checkout.
    /// </summary>
    public static string ResultsDirectory()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MesoRules.sln")))
            {
                return Path.Combine(folder.FullName, "benchmarks", "results");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "benchmarks", "results");
    }

    /// <summary>The job named in <paramref name="args"/> (<c>--job NAME</c>, <c>-j NAME</c>, <c>--job=NAME</c>; the last wins), or <see langword="null"/>.</summary>
    public static string? JobNamedIn(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? job = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if ((arg is "--job" or "-j") && i + 1 < args.Count)
            {
                job = args[i + 1];
            }
            else if (arg.StartsWith("--job=", StringComparison.Ordinal))
            {
                job = arg["--job=".Length..];
            }
        }

        return job;
    }

    /// <summary>The job of <paramref name="benchmarkClass"/> when the command line names none, or <see langword="null"/> for the default job.</summary>
    public static Job? OwnJobOf(Type benchmarkClass) =>
        benchmarkClass == typeof(ColdStartBenchmarks) ? ColdStartJob
        : benchmarkClass == typeof(BatchBenchmarks) ? BatchJob
        : null;

    private bool Runs(BenchmarkCase benchmark)
    {
        Type type = benchmark.Descriptor.Type;
        if (type == typeof(BatchBenchmarks) && benchmark.Parameters[nameof(BatchBenchmarks.Patients)] is int patients
            && patients != (IsDry ? BatchBenchmarks.DrySize : BatchBenchmarks.FullSize))
        {
            return false;
        }

        if (NamedJob is not null)
        {
            return true;
        }

        string jobId = benchmark.Job.Id;
        return OwnJobOf(type) is { } own
            ? jobId == own.Id
            : jobId != ColdStartJob.Id && jobId != BatchJob.Id;
    }
}
