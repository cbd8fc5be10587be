using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;

namespace MesoRules.Benchmarks.Tests;

/// <summary>
/// The one configuration decides, from the command line, which job and which batch size each class runs: the
/// cases are built as the switcher builds them (the command line parsed against the configuration, then the
/// union of the two), without running anything.
/// </summary>
public class MesoRulesBenchmarkConfigTests
{
    [Theory]
    [InlineData(new[] { "--filter", "*", "--job", "dry" }, "dry")]
    [InlineData(new[] { "-j", "Dry" }, "Dry")]
    [InlineData(new[] { "--job=short" }, "short")]
    [InlineData(new[] { "--job", "dry", "--job", "short" }, "short")]
    [InlineData(new[] { "--filter", "*", "--job" }, null)]
    [InlineData(new[] { "--filter", "*" }, null)]
    public void The_command_line_job_is_read(string[] args, string? job) =>
        Assert.Equal(job, MesoRulesBenchmarkConfig.JobNamedIn(args));

    [Theory]
    [InlineData(typeof(EligibilityBenchmarks), "Default")]
    [InlineData(typeof(LargePatientBenchmarks), "Default")]
    [InlineData(typeof(ColdStartBenchmarks), "ColdStart")]
    [InlineData(typeof(BatchBenchmarks), "Batch")]
    public void Without_a_job_on_the_command_line_each_class_runs_its_own_job(Type benchmarkClass, string job) =>
        Assert.Equal([job], JobsOf(Cases(benchmarkClass)));

    [Theory]
    [InlineData(typeof(EligibilityBenchmarks), "dry", "Dry")]
    [InlineData(typeof(ColdStartBenchmarks), "dry", "Dry")]
    [InlineData(typeof(BatchBenchmarks), "dry", "Dry")]
    [InlineData(typeof(ColdStartBenchmarks), "short", "ShortRun")]
    [InlineData(typeof(BatchBenchmarks), "short", "ShortRun")]
    public void A_job_on_the_command_line_replaces_every_class_job(Type benchmarkClass, string named, string job) =>
        Assert.Equal([job], JobsOf(Cases(benchmarkClass, "--job", named)));

    [Theory]
    [InlineData(new string[0], BatchBenchmarks.FullSize)]
    [InlineData(new[] { "--job", "short" }, BatchBenchmarks.FullSize)]
    [InlineData(new[] { "--job", "dry" }, BatchBenchmarks.DrySize)]
    public void The_batch_runs_one_size_a_small_one_only_when_dry(string[] args, int patients)
    {
        BenchmarkCase[] cases = Cases(typeof(BatchBenchmarks), args);
        Assert.Equal(5, cases.Length);
        Assert.All(cases, c => Assert.Equal(patients, c.Parameters[nameof(BatchBenchmarks.Patients)]));
    }

    [Fact]
    public void Every_parameter_value_of_the_other_classes_runs()
    {
        Assert.Equal(12, Cases(typeof(LargePatientBenchmarks)).Length);
        Assert.Equal(8, Cases(typeof(EligibilityBenchmarks), "--job", "dry").Length); // 4 methods x 2 policy sizes
        Assert.Equal(5, Cases(typeof(AftercareBenchmarks)).Length);
    }

    [Fact]
    public void Reports_are_GitHub_Markdown_and_brief_JSON_with_allocations_in_benchmarks_results()
    {
        ImmutableConfig config = ImmutableConfigBuilder.Create(MesoRulesBenchmarkConfig.For([]));
        Assert.Equal(
            [JsonExporter.Brief.Name, MarkdownExporter.GitHub.Name],
            config.GetExporters().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains(config.GetDiagnosers(), d => d is MemoryDiagnoser);
        Assert.Equal(Path.Combine(RepositoryRoot(), "benchmarks", "results"), config.ArtifactsPath);
    }

    [Fact]
    public void The_artifacts_folder_on_the_command_line_wins()
    {
        string folder = Path.Combine(Path.GetTempPath(), "mesorules-artifacts");
        Assert.Equal(folder, Effective(["--artifacts", folder]).ArtifactsPath);
    }

    private static BenchmarkCase[] Cases(Type benchmarkClass, params string[] args) =>
        BenchmarkConverter.TypeToBenchmarks(benchmarkClass, Effective(args)).BenchmarksCases;

    // What BenchmarkSwitcher.Run(args, config) does before it runs: parse against the configuration, then unite.
    private static ManualConfig Effective(string[] args)
    {
        var config = MesoRulesBenchmarkConfig.For(args);
        (bool parsed, IConfig? fromCommandLine, _) = ConfigParser.Parse(args, NullLogger.Instance, config);
        Assert.True(parsed);
        return ManualConfig.Union(config, fromCommandLine!);
    }

    private static string[] JobsOf(IEnumerable<BenchmarkCase> cases) => [.. cases.Select(c => c.Job.Id).Distinct()];

    private static string RepositoryRoot()
    {
        DirectoryInfo folder = new(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "MesoRules.sln")))
        {
            folder = folder.Parent!;
        }

        return folder.FullName;
    }
}
