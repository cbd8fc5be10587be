using System.Text.Json.Nodes;
using MesoRules.Policy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MesoRules.Samples.AspNet.Tests;

public sealed class PolicyEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    [Fact]
    public async Task Policy_shows_the_name_version_and_settings_from_appsettings()
    {
        JsonNode policy = await Http.GetAsync(app.CreateClient(), "/policy");

        Assert.Equal("north-clinic 2026-11", (string)policy["name"]!);
        Assert.Matches("^[0-9a-f]{16}$", (string)policy["version"]!);
        string[] settings = ((string)policy["canonicalText"]!).Split('\n');
        Assert.Contains("eligibility.minimumAgeYears=21", settings);
        Assert.Contains(policy["rules"]!.AsArray(), r => (string)r!["id"]! == "eligibility.pregnancy");
    }

    [Fact]
    public async Task Health_reports_healthy_with_the_policy_in_force()
    {
        JsonNode health = await Http.GetAsync(app.CreateClient(), "/health");
        JsonNode policy = await Http.GetAsync(app.CreateClient(), "/policy");

        Assert.Equal("Healthy", (string)health["status"]!);
        Assert.Equal("north-clinic 2026-11", (string)health["policyName"]!);
        Assert.Equal((string)policy["version"]!, (string)health["policyVersion"]!);
    }

    [Fact]
    public async Task Options_bound_from_configuration_change_the_policy_name_and_version()
    {
        string before = (string)(await Http.GetAsync(app.CreateClient(), "/policy"))["version"]!;
        using WebApplicationFactory<Program> changed = WithSettings(new()
        {
            ["MesoRules:PolicyName"] = "south-clinic 2027-01",
            ["MesoRules:Eligibility:MinimumAgeYears"] = "25",
        });

        JsonNode policy = await Http.GetAsync(changed.CreateClient(), "/policy");

        Assert.Equal("south-clinic 2027-01", (string)policy["name"]!);
        Assert.NotEqual(before, (string)policy["version"]!);
        Assert.Contains("eligibility.minimumAgeYears=25", ((string)policy["canonicalText"]!).Split('\n'));
    }

    [Fact]
    public void A_bad_setting_stops_start_up_listing_every_failure()
    {
        using WebApplicationFactory<Program> broken = WithSettings(new()
        {
            ["MesoRules:PolicyName"] = " ",
            ["MesoRules:Eligibility:MinimumAgeYears"] = "300",
        });

        Exception? thrown = Record.Exception(() => broken.CreateClient());

        OptionsValidationException failure = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(thrown));
        Assert.Equal(typeof(MesoRulesOptions), failure.OptionsType);
        Assert.Contains(failure.Failures, f => f.Contains("MesoRules:PolicyName", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("MesoRules:Eligibility:MinimumAgeYears", StringComparison.Ordinal) && f.Contains("300", StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> WithSettings(Dictionary<string, string?> settings) =>
        app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings)));

    private static T? Innermost<T>(Exception? exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException ?? (e as AggregateException)?.InnerExceptions.FirstOrDefault())
        {
            if (e is T match)
            {
                return match;
            }
        }

        return null;
    }
}
