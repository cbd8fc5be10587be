using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MesoRules.Benchmarks;

/// <summary>
/// Throughput of a batch benchmark: its <c>Patients</c> parameter divided by the median time of one batch (the
/// median, because on a shared 2-core machine one batch slowed by someone else's build moves the mean). Shown in
/// the summaries that hold <see cref="BatchBenchmarks"/> only.
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
        if (medianNs is not double median || median <= 0 || !IsBatch(benchmarkCase) || benchmarkCase.Parameters[nameof(BatchBenchmarks.Patients)] is not int count)
        {
            return "-";
        }

        return (count / (median / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.BenchmarksCases.Any(IsBatch);
    }

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static bool IsBatch(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(BatchBenchmarks);
}
