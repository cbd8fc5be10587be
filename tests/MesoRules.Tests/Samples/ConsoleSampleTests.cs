using MesoRules.Policy;
using MesoRules.Samples.Console;
using Microsoft.Extensions.Time.Testing;

namespace MesoRules.Tests.Samples;

public partial class ConsoleSampleTests
{
    /// <summary>Tuesday 24 November 2026, 09:00 UTC: the sample plans from the next weekday.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Cli.Run(args, output, error, new FakeTimeProvider(Now));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Asserts the bad-input contract (exit code 2, nothing on the output, one line starting "error: ") and returns that line.</summary>
    private static string SingleErrorLine((int Code, string Out, string Err) run)
    {
        Assert.Equal(2, run.Code);
        Assert.Empty(run.Out);
        string line = Assert.Single(run.Err.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>Asserts the help contract (exit code 0, nothing on the error writer, a usage section) and returns the help text.</summary>
    private static string HelpText((int Code, string Out, string Err) run)
    {
        Assert.Equal(0, run.Code);
        Assert.Empty(run.Err);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        return run.Out;
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
        using var file = new TempFile(Guid.NewGuid().ToString("N"), "json", content);
        string line = SingleErrorLine(Run("assess", file.Path));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assess", "/no/such/patient.json")]
    [InlineData("assess", "/dev/zero")]
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
    [InlineData("assess", "a.json", "b.json")]
    [InlineData("check", "Sun", "--after", "2026-03-02T10:30:00Z", "--after", "2026-03-03T10:30:00Z", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("[diagram]", "check", "Sun", "--after", "2026-03-02T10:30:00Z", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("--version")]
    [InlineData("-?")]
    public void A_bad_argument_prints_one_line_and_exits_with_code_2(params string[] args) => SingleErrorLine(Run(args));

    [Theory]
    [InlineData("--help", new[] { "assess <file>", "check <activity>", "sheet", "-h, --help" })]
    [InlineData("-h", new[] { "assess <file>", "check <activity>", "sheet", "-h, --help" })]
    [InlineData("assess --help", new[] { "assess <file> [options]", "--start <yyyy-MM-dd>", "--today <yyyy-MM-dd>", "--visit <yyyy-MM-dd:phase:status>", "--json" })]
    [InlineData("assess -h", new[] { "assess <file> [options]", "--start <yyyy-MM-dd>", "--today <yyyy-MM-dd>", "--visit <yyyy-MM-dd:phase:status>", "--json" })]
    [InlineData("check --help", new[] { "check <activity> [options]", "HairWashing", "--after <instant> (REQUIRED)", "--at <instant> (REQUIRED)" })]
    [InlineData("check -h", new[] { "check <activity> [options]", "HairWashing", "--after <instant> (REQUIRED)", "--at <instant> (REQUIRED)" })]
    [InlineData("sheet --help", new[] { "sheet [options]", "--after <instant> (REQUIRED)", "--zone <zone> (REQUIRED)", "--markdown" })]
    [InlineData("sheet -h", new[] { "sheet [options]", "--after <instant> (REQUIRED)", "--zone <zone> (REQUIRED)", "--markdown" })]
    public void Help_on_the_root_and_on_each_command_exits_0_and_lists_its_commands_or_options(string request, string[] expected)
    {
        string help = HelpText(Run(request.Split(' ')));
        Assert.Contains($"{Cli.Name} ", help, StringComparison.Ordinal);
        Assert.All(expected, e => Assert.Contains(e, help, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("'frobnicate'", "frobnicate")]
    [InlineData("'--bogus'", "check", "Sun", "--after", "2026-03-02T10:30:00Z", "--at", "2026-03-04T10:30:00Z", "--bogus")]
    [InlineData("'--json'", "--json")]
    [InlineData("'--at'", "check", "Sun", "--after", "2026-03-02T10:30:00Z")]
    [InlineData("'--zone'", "sheet", "--after", "2026-03-02T10:30:00Z")]
    [InlineData("'2026-03-02T10:30:00' is not an instant", "check", "Sun", "--after", "2026-03-02T10:30:00", "--at", "2026-03-04T10:30:00Z")]
    [InlineData("'2026-13-02T10:30:00Z' is not an instant", "sheet", "--after", "2026-13-02T10:30:00Z", "--zone", "UTC")]
    public void An_unknown_command_or_option_a_missing_required_option_or_a_malformed_instant_gives_one_error_line_and_no_help_dump(string expected, params string[] args)
    {
        string line = SingleErrorLine(Run(args));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", line, StringComparison.Ordinal);
        Assert.EndsWith("--help'.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_never_repeats_the_request_content()
    {
        string marker = Guid.NewGuid().ToString("N");
        using var file = new TempFile(marker, "json", $"{{\"cause\":\"AndrogeneticAlopecia\",\"currentMedicines\":[\"drug-{marker}\"]}}");
        string[][] requests =
        [
            ["assess", file.Path, "--start", "2031-07-21", "--help"],
            ["check", "Swimming", "--after", "2031-07-19T08:15:00+02:00", "--at", "2031-07-20T09:45:00+02:00", "-h"],
            ["sheet", "--after", "2031-07-19T08:15:00+02:00", "--zone", "Pacific/Chatham", "--help"],
            ["--help", "assess", file.Path],
        ];
        foreach (string[] request in requests)
        {
            string help = HelpText(Run(request));
            Assert.DoesNotContain(marker, help, StringComparison.Ordinal);
            Assert.DoesNotContain("2031-07", help, StringComparison.Ordinal);
            Assert.DoesNotContain("Chatham", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_at_sign_argument_is_a_file_name_not_a_response_file_so_its_content_is_never_parsed_or_echoed()
    {
        string marker = Guid.NewGuid().ToString("N");
        using var file = new TempFile(marker, "rsp", $"check Sun --after 2026-03-02T10:30:00Z --at 2026-03-04T10:30:00Z\nsecret-{marker[..8]}");
        foreach (string[] request in new[] { new[] { $"@{file.Path}" }, ["assess", $"@{file.Path}"] })
        {
            string line = SingleErrorLine(Run(request));
            Assert.DoesNotContain("secret-", line, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-03", line, StringComparison.Ordinal);
        }
    }

    /// <summary>A file in the temp folder whose name carries <c>marker</c>; deleted on dispose.</summary>
    private sealed class TempFile : IDisposable
    {
        public TempFile(string marker, string extension, string content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mesorules-{marker}.{extension}");
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
