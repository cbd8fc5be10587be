using MesoRules.Localization;
using MesoRules.Policy;

namespace MesoRules.Tests.Samples;

/// <summary>The console sample's --language: the patient texts of the assessment and the sheet in the language asked for.</summary>
public partial class ConsoleSampleTests
{
    private static string Spanish(string id) => MesoRulesPolicy.Default.TextsIn(PatientLanguage.Spanish).Single(t => t.Id == id).Text;

    [Fact]
    public void The_sample_patient_is_assessed_in_the_language_asked_for()
    {
        (int code, string output, string error) = Run("--language", "es-MX");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Language of the patient texts: Spanish (es)", output, StringComparison.Ordinal);
        Assert.Contains(Spanish("eligibility.expectations.limited-evidence.text"), output, StringComparison.Ordinal);
        Assert.Contains(Spanish("disclosure.label.title").ToUpperInvariant(), output, StringComparison.Ordinal);
        Assert.DoesNotContain("Risks of hair mesotherapy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sheet_is_written_in_the_language_with_its_dates()
    {
        (int code, string output, _) = Run("sheet", "--after", "2026-03-27T16:30:00Z", "--zone", "Europe/Rome", "--language", "it");
        Assert.Equal(0, code);
        Assert.StartsWith(MesoRulesPolicy.Default.TextsIn(PatientLanguage.Italian).Single(t => t.Id == "aftercare.sheet.title").Text.ToUpperInvariant() + "\n", output, StringComparison.Ordinal);
        Assert.Contains("27 marzo 2026 17:30 +01:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_that_is_not_shipped_gives_english_and_says_so()
    {
        (int code, string output, _) = Run("--language", "de-AT");
        Assert.Equal(0, code);
        Assert.Contains("Language of the patient texts: English (en)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pt_BR")]
    [InlineData("")]
    [InlineData("e")]
    public void A_malformed_language_is_one_error_line_naming_the_option(string tag)
    {
        (int Code, string Out, string Err) run = Run("sheet", "--after", "2026-03-27T16:30:00Z", "--zone", "Europe/Rome", "--language", tag);
        Assert.Equal(2, run.Code);
        Assert.StartsWith("error: --language: ", SingleErrorLine(run), StringComparison.Ordinal);
    }
}
