using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>What the host adds around the endpoints: the OpenAPI document and the request size limit.</summary>
public sealed class HostingTests(SampleApp app) : IClassFixture<SampleApp>
{
    [Fact]
    public async Task OpenApi_document_lists_every_endpoint_with_its_request_and_problem_schemas()
    {
        JsonNode document = await Http.GetAsync(app.CreateClient(), "/openapi/v1.json");

        JsonObject paths = document["paths"]!.AsObject();
        Assert.Equal(
            ["/aftercare/check", "/aftercare/sheet", "/assessments", "/disclosures", "/disclosures/verify", "/documents/aftercare", "/documents/disclosure", "/documents/plan", "/eligibility", "/health", "/plans", "/policy"],
            paths.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("#/components/schemas/PlanRequest", (string)paths["/assessments"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!);
        Assert.Equal("#/components/schemas/TreatmentAssessment", (string)paths["/assessments"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!);
        Assert.NotNull(paths["/eligibility"]!["post"]!["responses"]!["400"]!["content"]!["application/problem+json"]);
        Assert.NotNull(paths["/aftercare/sheet"]!["post"]!["responses"]!["200"]!["content"]!["text/markdown"]);
        Assert.NotNull(document["components"]!["schemas"]!["PatientProfile"]);
    }

    [Fact]
    public async Task OpenApi_document_does_not_reflect_the_host_header()
    {
        using HttpRequestMessage request = new(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "attacker.example";

        using HttpResponseMessage response = await app.CreateClient().SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker", text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(JsonNode.Parse(text)!["servers"]);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_servers_set_in_configuration_only()
    {
        using var configured = app.WithWebHostBuilder(builder => builder
            .UseSetting("OpenApi:Servers:0", "https://clinic.example/api")
            .UseSetting("OpenApi:Servers:1", "https://backup.clinic.example/api"));
        using HttpRequestMessage request = new(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "attacker.example";

        using HttpResponseMessage response = await configured.CreateClient().SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("attacker", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(
            ["https://clinic.example/api", "https://backup.clinic.example/api"],
            JsonNode.Parse(text)!["servers"]!.AsArray().Select(s => (string)s!["url"]!));
    }

    [Fact]
    public async Task A_body_over_64_KB_is_refused_with_413_before_it_is_read()
    {
        string huge = Http.Patient.Replace("\"Hair vitamin complex\"", $"\"{new string('x', 70 * 1024)}\"", StringComparison.Ordinal);

        using HttpResponseMessage response = await app.CreateClient().PostAsync("/eligibility", Http.Json(huge));
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", Http.ContentType(response)?.MediaType);
        Assert.Contains("64 KB", text, StringComparison.Ordinal);
        Http.AssertNoPatientData(text);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read()
    {
        string large = Http.Patient.Replace("\"Hair vitamin complex\"", $"\"{new string('x', 60 * 1024)}\"", StringComparison.Ordinal);

        using HttpResponseMessage response = await app.CreateClient().PostAsync("/eligibility", Http.Json(large));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
