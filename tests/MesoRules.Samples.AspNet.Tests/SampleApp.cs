using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>The sample app under test, with a fixed clock so disclosures and plans are repeatable.</summary>
public sealed class SampleApp : WebApplicationFactory<Program>
{
    /// <summary>The instant the test clock shows: 2026-05-04T09:00:00Z.</summary>
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

}

/// <summary>Request and response helpers shared by the endpoint tests.</summary>
internal static class Http
{
    /// <summary>An allergy and a patient reference that must never come back in a response.</summary>
    public const string SecretAllergy = "penicillin-secret";
    public const string SecretReference = "MRN-secret-4711";

    /// <summary>An eligible adult (the sample's appsettings.json sets the minimum age to 21) with a disclosed allergy that is not in the formulation.</summary>
    public const string Patient = $$"""
        {
          "cause": "AndrogeneticAlopecia",
          "severity": "Moderate",
          "ageYears": 34,
          "health": {
            "pregnancy": "No", "breastfeeding": "No", "activeScalpInfection": "No", "activeSkinDisease": "No",
            "bleedingDisorder": "No", "anticoagulants": "No", "immunosuppression": "No", "diabetes": "No",
            "autoimmuneDisease": "No", "cancerTreatment": "No", "keloidTendency": "No", "infectionPredisposition": "No"
          },
          "allergiesDisclosed": true,
          "allergies": [{ "substance": "{{SecretAllergy}}" }],
          "medicinesDisclosed": true,
          "currentMedicines": ["minoxidil-secret 5%"],
          "response": "NotYetTreated",
          "formulation": { "name": "Hair vitamin complex", "components": ["biotin", "zinc"] }
        }
        """;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(HttpStatusCode Status, JsonNode Body, string Text)> PostAsync(HttpClient client, string path, string json)
    {
        using HttpResponseMessage response = await client.PostAsync(path, Json(json));
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!, text);
    }

    public static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Posts bad input and checks the answer is a 400 problem naming <paramref name="field"/>, with no patient data and no stack trace.</summary>
    public static async Task<string> AssertProblemAsync(HttpClient client, string path, string json, string field, string? messagePart = null)
    {
        using HttpResponseMessage response = await client.PostAsync(path, Json(json));
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonNode problem = JsonNode.Parse(text)!;
        Assert.Equal(400, (int)problem["status"]!);
        JsonObject errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"The problem should name {field}: {text}");
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, (string)errors[field]![0]!, StringComparison.Ordinal);
        }

        AssertNoPatientData(text);
        return text;
    }

    public static void AssertNoPatientData(string text)
    {
        Assert.DoesNotContain(SecretAllergy, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("minoxidil-secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SecretReference, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
