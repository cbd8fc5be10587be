using BenchmarkDotNet.Attributes;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Localization;

namespace MesoRules.Benchmarks;

/// <summary>
/// Patient documents in a language other than English (targets: a localized disclosure at most 10 us, built and
/// rendered; an HTML aftercare sheet at most 20 us). The language's texts are built on first use, in the setup.
/// The English disclosure is the baseline.
/// </summary>
public class DocumentBenchmarks
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
    private readonly DisclosureEngine _disclosures = new();
    private readonly AftercareEngine _aftercare = new();
    private readonly DateTimeOffset _sessionEnd = new(2026, 3, 27, 16, 30, 0, TimeSpan.Zero);
    private AftercareSchedule _schedule = null!;

    [GlobalSetup]
    public void Setup()
    {
        _disclosures.Disclose(DisclosureBenchmarks.TypicalPatient, PatientLanguage.Spanish);
        _schedule = _aftercare.Schedule([_sessionEnd], [], PatientLanguage.Spanish);
    }

    [Benchmark(Baseline = true)]
    public string DiscloseAndRenderEnglish() => _disclosures.Disclose(DisclosureBenchmarks.TypicalPatient).Render();

    [Benchmark]
    public string DiscloseAndRenderSpanish() => _disclosures.Disclose(DisclosureBenchmarks.TypicalPatient, PatientLanguage.Spanish).Render();

    [Benchmark]
    public string AftercareSheetSpanish() => _schedule.Render(Madrid);

    [Benchmark]
    public string AftercareSheetSpanishHtml() => _schedule.Render(Madrid, DocumentFormat.Html);

    [Benchmark]
    public string DiscloseAndRenderSpanishHtml() => _disclosures.Disclose(DisclosureBenchmarks.TypicalPatient, PatientLanguage.Spanish).Render(DocumentFormat.Html);
}
