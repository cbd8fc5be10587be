using System.Globalization;
using System.Text.Json;

namespace MesoRules.Benchmarks;

/// <summary>
/// Compares two sets of BenchmarkDotNet JSON reports (every run writes them, see
/// <see cref="MesoRulesBenchmarkConfig"/>; for example one run on each of two commits, or a run against the
/// reports committed under <c>benchmarks/results</c>): <c>compare BASE_DIR DIFF_DIR [--threshold PERCENT]</c>. Benchmarks are matched by
/// full name (class, method, parameters); the output is a Markdown table of means and allocations with the
/// ratio diff/base, and a verdict where the mean moved by more than the threshold (default 10 %, since a
/// shared 2-core machine is noisy). Exit code 0; the table is for a person to read.
/// </summary>
public static class ResultsComparison
{
    /// <summary>Runs the comparison; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count < 2)
        {
            output.WriteLine("usage: compare BASE_DIR DIFF_DIR [--threshold PERCENT]");
            return 2;
        }

        double threshold = 10;
        for (int i = 2; i + 1 < args.Count; i++)
        {
            if (args[i] == "--threshold")
            {
                threshold = double.Parse(args[i + 1].TrimEnd('%'), CultureInfo.InvariantCulture);
            }
        }

        Dictionary<string, (double MeanNs, long? Bytes)> baseline = Read(args[0]);
        Dictionary<string, (double MeanNs, long? Bytes)> diff = Read(args[1]);
        output.WriteLine($"| Benchmark | Base mean | Diff mean | Ratio | Base alloc | Diff alloc | Verdict (±{threshold.ToString(CultureInfo.InvariantCulture)} %) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (string name in baseline.Keys.Union(diff.Keys).Order(StringComparer.Ordinal))
        {
            bool inBase = baseline.TryGetValue(name, out (double MeanNs, long? Bytes) b);
            bool inDiff = diff.TryGetValue(name, out (double MeanNs, long? Bytes) d);
            string verdict = !inBase ? "new" : !inDiff ? "gone" : Verdict(d.MeanNs / b.MeanNs, threshold);
            string ratio = inBase && inDiff ? (d.MeanNs / b.MeanNs).ToString("0.00", CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"| {name} | {Time(inBase, b.MeanNs)} | {Time(inDiff, d.MeanNs)} | {ratio} | {Bytes(inBase, b.Bytes)} | {Bytes(inDiff, d.Bytes)} | {verdict} |");
        }

        return 0;
    }

    private static string Verdict(double ratio, double threshold) =>
        ratio > 1 + (threshold / 100) ? "slower" : ratio < 1 - (threshold / 100) ? "faster" : "same";

    private static string Time(bool present, double ns) => !present ? "-"
        : ns >= 1e6 ? (ns / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " ms"
        : ns >= 1e3 ? (ns / 1e3).ToString("0.00", CultureInfo.InvariantCulture) + " us"
        : ns.ToString("0.0", CultureInfo.InvariantCulture) + " ns";

    private static string Bytes(bool present, long? bytes) => !present || bytes is null ? "-" : bytes.Value.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static Dictionary<string, (double, long?)> Read(string directory)
    {
        var results = new Dictionary<string, (double, long?)>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(directory, "*-report*.json", SearchOption.AllDirectories))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                long? bytes = benchmark.TryGetProperty("Memory", out JsonElement memory) && memory.ValueKind == JsonValueKind.Object
                    ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64()
                    : null;
                results[benchmark.GetProperty("FullName").GetString()!] = (statistics.GetProperty("Mean").GetDouble(), bytes);
            }
        }

        return results;
    }
}
