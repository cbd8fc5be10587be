using MesoRules.Policy;
using MesoRules.Samples.Console;

namespace MesoRules.Tests.Samples;

public class ConsoleSampleTests
{
    /// <summary>Tuesday 24 November 2026, 09:00 UTC: the sample plans from the next weekday.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Cli.Run(args, output, error, new FixedClock(Now));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void With_no_arguments_it_assesses_the_sample_patient_plans_the_course_and_prints_the_first_aftercare_sheet()
    {
        (int code, string output, string error) = Run();
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Outcome: eligible with cautions", output, StringComparison.Ordinal);
        Assert.Contains($"Policy version: {MesoRulesPolicy.Default.Version}", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.keloid]", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.allergy.other]", output, StringComparison.Ordinal);
        Assert.Contains("   1. 2026-11-25 Wed 10:00 +00:00  Initial", output, StringComparison.Ordinal);
        Assert.Contains("  6. ", output, StringComparison.Ordinal);
        Assert.Contains("Review", output, StringComparison.Ordinal);
        Assert.Contains("[planning.patient-activity] Moved", output, StringComparison.Ordinal);
        Assert.Contains("aftercare.sun", output, StringComparison.Ordinal);
        Assert.Contains("RISKS OF HAIR MESOTHERAPY", output, StringComparison.Ordinal);
        Assert.Matches("Content hash: [0-9a-f]{64}", output);
        Assert.Contains("[disclosure.risk.scarring]", output, StringComparison.Ordinal);
        Assert.Contains("[disclosure.consent] Blocking", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_clock_gives_byte_identical_output()
    {
        string first = Run().Out;
        string second = Run().Out;
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_patient_file_is_assessed_and_a_deferred_patient_gets_no_sessions()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "patients", "pregnant-unknown-age.json");
        (int code, string output, _) = Run("assess", path, "--start", "2026-12-01");
        Assert.Equal(0, code);
        Assert.Contains("Outcome: deferred", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.pregnancy] deferred", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.age.minor] needs information", output, StringComparison.Ordinal);
        Assert.Contains("No sessions are planned.", output, StringComparison.Ordinal);
        Assert.Contains("[planning.eligibility-gate] Blocking", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_with_json_prints_the_full_assessment_as_json()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "patients", "pregnant-unknown-age.json");
        (int code, string output, _) = Run("assess", path, "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"outcome\": \"Deferred\"", output, StringComparison.Ordinal);
        Assert.Contains("\"contentHash\": ", output, StringComparison.Ordinal);
        Assert.Contains("\"firstSessionAftercare\": null", output, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"eligibility.pregnancy\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_answers_not_yet_with_the_instants_it_becomes_allowed()
    {
        (int code, string output, _) = Run("check", "swimming", "--after", "2026-03-02T10:30:00+00:00", "--at", "2026-03-04T10:30:00+00:00");
        Assert.Equal(0, code);
        Assert.Equal("Swimming: not yet [aftercare.swimming]; allowed with caution from 2026-03-05T10:30:00+00:00, allowed from 2026-03-05T10:30:00+00:00 (policy " + MesoRulesPolicy.Default.Version + ")", output.TrimEnd());
    }

    [Fact]
    public void Check_at_the_end_instant_is_allowed()
    {
        (int code, string output, _) = Run("check", "Sun", "--after", "2026-03-02T10:30:00Z", "--at", "2026-03-04T10:30:00Z");
        Assert.Equal(0, code);
        Assert.StartsWith("Sun: allowed [aftercare.sun]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sheet_prints_local_times_in_the_given_zone()
    {
        (int code, string output, _) = Run("sheet", "--after", "2026-03-27T10:00:00Z", "--zone", "Europe/London");
        Assert.Equal(0, code);
        Assert.Contains("2026-03-29", output, StringComparison.Ordinal);
        Assert.Contains("+01:00", output, StringComparison.Ordinal);
        Assert.Contains("+00:00", output, StringComparison.Ordinal);
        (_, string markdown, _) = Run("sheet", "--after", "2026-03-27T10:00:00Z", "--zone", "Europe/London", "--markdown");
        Assert.Contains("|", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cause\":\"Baldness\"}", "$.cause")]
    [InlineData("{\"cause\":\"AndrogeneticAlopecia\",\"shoeSize\":44}", "$: The object holds a member that is not part of the contract")]
    [InlineData("not json", "not a valid patient JSON document")]
    [InlineData("null", "is null")]
    [InlineData("{\"ageYears\":400}", "AgeYears")]
    public void A_bad_file_prints_one_clear_line_and_exits_with_code_2(string content, string expected)
    {
        string path = Path.Combine(Path.GetTempPath(), $"mesorules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        try
        {
            (int code, string output, string error) = Run("assess", path);
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("assess", "/no/such/patient.json")]
    [InlineData("assess")]
    [InlineData("frobnicate")]
    [InlineData("check", "flying", "--after", "2026-03-02T10:30:00Z", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("check", "Sun", "--after", "2026-03-02T10:30:00", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("check", "Sun", "--after", "yesterday", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("check", "Sun", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("check", "7", "--after", "2026-03-02T10:30:00Z", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("sheet", "--after", "2026-03-02T10:30:00Z", "--zone", "Mars/Olympus")]
    [InlineData("sheet", "--after", "0001-01-01T00:00:00Z", "--zone", "UTC")]
    [InlineData("sheet", "--after")]
    [InlineData("assess", "x.json", "--start", "tomorrow")]
    public void A_bad_argument_prints_one_line_and_exits_with_code_2(params string[] args)
    {
        (int code, string output, string error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
