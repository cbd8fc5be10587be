namespace MesoRules.Benchmarks.Tests;

/// <summary>The compare command matches two runs' JSON reports by benchmark name and says what moved.</summary>
public sealed class ResultsComparisonTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mesorules-compare-").FullName;

    // The base side as `--exporters json` writes it (full, compressed), the new side as every run writes it (brief).
    [Fact]
    public void Compare_reports_the_ratio_and_a_verdict_per_benchmark()
    {
        string before = Report("base", "X-report-full-compressed.json", ("A.Fast(Rules: 26)", 100, 120), ("A.Same(Rules: 26)", 200, 0), ("A.Gone", 5, 0));
        string after = Report("diff", "X-report-brief.json", ("A.Fast(Rules: 26)", 150, 120), ("A.Same(Rules: 26)", 204, 0), ("A.New", 7, 0));
        var output = new StringWriter();

        Assert.Equal(0, ResultsComparison.Run([before, after], output));

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("| A.Fast(Rules: 26) | 100.0 ns | 150.0 ns | 1.50 | 120 B | 120 B | slower |", lines.Single(l => l.StartsWith("| A.Fast", StringComparison.Ordinal)));
        Assert.EndsWith("| 1.02 | 0 B | 0 B | same |", lines.Single(l => l.StartsWith("| A.Same", StringComparison.Ordinal)));
        Assert.EndsWith("| gone |", lines.Single(l => l.StartsWith("| A.Gone", StringComparison.Ordinal)));
        Assert.EndsWith("| new |", lines.Single(l => l.StartsWith("| A.New", StringComparison.Ordinal)));
    }

    [Fact]
    public void Compare_without_two_directories_prints_the_usage()
    {
        var output = new StringWriter();
        Assert.Equal(2, ResultsComparison.Run(["only-one"], output));
        Assert.StartsWith("usage: compare BASE_DIR DIFF_DIR", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Report(string name, string file, params (string FullName, double Mean, long Bytes)[] benchmarks)
    {
        string directory = Path.Combine(_root, name, "results");
        Directory.CreateDirectory(directory);
        string items = string.Join(",", benchmarks.Select(b =>
            $$$"""{"FullName":"{{{b.FullName}}}","Statistics":{"Mean":{{{b.Mean.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}},"Memory":{"BytesAllocatedPerOperation":{{{b.Bytes}}}}}"""));
        File.WriteAllText(Path.Combine(directory, file), $$"""{"Title":"x","Benchmarks":[{{items}}]}""");
        return Path.Combine(_root, name);
    }
}
