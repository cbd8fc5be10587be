using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

public sealed class EligibilityEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Eligibility_of_an_adult_with_an_unrelated_allergy_is_eligible_with_cautions()
    {
        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/eligibility", Http.Patient);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("EligibleWithCautions", (string)body["outcome"]!);
        Assert.Equal(16, ((string)body["policyVersion"]!).Length);
        Assert.Contains(body["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.allergy.other" && (string)n["outcome"]! == "EligibleWithCautions");
        Http.AssertNoPatientData(text);
    }

    [Fact]
    public async Task Eligibility_of_a_pregnant_patient_cites_the_pregnancy_rule()
    {
        (_, JsonNode body, _) = await Http.PostAsync(_client, "/eligibility", Http.Patient.Replace("\"pregnancy\": \"No\"", "\"pregnancy\": \"Yes\"", StringComparison.Ordinal));

        Assert.Contains(body["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.pregnancy");
        Assert.NotEqual("Eligible", (string)body["outcome"]!);
    }

    [Fact]
    public async Task Eligibility_under_the_configured_minimum_age_of_21_cites_the_minor_rule()
    {
        (_, JsonNode body, _) = await Http.PostAsync(_client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", "\"ageYears\": 19", StringComparison.Ordinal));

        Assert.Contains(body["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.age.minor");
    }

    [Fact]
    public async Task Eligibility_with_an_enum_number_is_refused_when_read_listing_the_names()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"Moderate\"", "7", StringComparison.Ordinal), "$.severity", "one of: Unknown, Mild, Moderate, Severe");
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"Moderate\"", "\"Mild, Severe\"", StringComparison.Ordinal), "$.severity", "one of: Unknown, Mild, Moderate, Severe");
    }

    [Fact]
    public async Task Eligibility_with_an_age_out_of_range_names_the_field_and_the_range()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", "\"ageYears\": 300", StringComparison.Ordinal), "$.ageYears", "0 to 130");
    }

    [Fact]
    public async Task Eligibility_with_an_unknown_member_reports_it_at_the_patient_without_its_name()
    {
        string text = await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"cause\"", "\"favouriteColour\": \"blue\", \"cause\"", StringComparison.Ordinal), "$", "not part of the contract");
        Assert.DoesNotContain("favouriteColour", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_with_an_allergy_missing_its_substance_names_the_required_member()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"allergies\": [", "\"allergies\": [{ \"anaphylaxis\": true }, ", StringComparison.Ordinal), "$.allergies[0]", "substance");
    }

    [Fact]
    public async Task Eligibility_with_a_wrong_value_type_does_not_echo_the_value()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", $"\"ageYears\": \"{Http.SecretAllergy}\"", StringComparison.Ordinal), "$.ageYears", "whole number");
    }

    [Fact]
    public async Task Eligibility_with_malformed_json_reports_the_position_without_the_text()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient[..^3], "$.formulation", "malformed");
    }

    [Fact]
    public async Task Eligibility_with_an_empty_body_says_the_body_is_missing()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", "", "$", "missing");
    }
}
