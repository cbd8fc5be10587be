using MesoRules.Policy;
using MesoRules.Samples.Console;

namespace MesoRules.Tests.Samples;

public class ConsoleSampleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void With_no_arguments_it_assesses_the_sample_patient_with_the_shipped_defaults()
    {
        (int code, string output, string error) = Run();
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Outcome: eligible with cautions", output, StringComparison.Ordinal);
        Assert.Contains($"Policy version: {MesoRulesPolicy.Default.Version}", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.keloid]", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.allergy.other]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_file_is_assessed()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "patients", "pregnant-unknown-age.json");
        (int code, string output, _) = Run(path);
        Assert.Equal(0, code);
        Assert.Contains("Outcome: deferred", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.pregnancy] deferred", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.age.minor] needs information", output, StringComparison.Ordinal);
        Assert.Contains("[eligibility.formulation.pregnancy-avoidance]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cause\":\"Baldness\"}", "$.cause")]
    [InlineData("{\"cause\":\"AndrogeneticAlopecia\",\"shoeSize\":44}", "shoeSize")]
    [InlineData("not json", "not a valid patient JSON document")]
    [InlineData("null", "is null")]
    [InlineData("{\"ageYears\":400}", "AgeYears")]
    public void A_bad_file_prints_one_clear_line_and_exits_with_code_2(string content, string expected)
    {
        string path = Path.Combine(Path.GetTempPath(), $"mesorules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        try
        {
            (int code, string output, string error) = Run(path);
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

    [Fact]
    public void A_missing_file_exits_with_code_2()
    {
        (int code, _, string error) = Run("/no/such/patient.json");
        Assert.Equal(2, code);
        Assert.StartsWith("error: cannot read", error, StringComparison.Ordinal);
    }
}
