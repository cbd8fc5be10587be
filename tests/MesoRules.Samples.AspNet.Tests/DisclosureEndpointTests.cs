using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

public sealed class DisclosureEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Disclosure_lists_the_six_risks_raising_the_allergic_reaction_for_a_patient_with_an_allergy()
    {
        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/disclosures", Http.Patient);

        Assert.Equal(HttpStatusCode.OK, status);
        JsonArray risks = body["risks"]!.AsArray();
        Assert.Equal(
            ["disclosure.risk.pain", "disclosure.risk.infection", "disclosure.risk.allergic-reaction", "disclosure.risk.skin-irritation", "disclosure.risk.uneven-results", "disclosure.risk.scarring"],
            risks.Select(r => (string)r!["ruleId"]!));
        Assert.Equal("Raised", (string)risks[2]!["level"]!);
        Assert.Equal(64, ((string)body["contentHash"]!).Length);
        Assert.Equal(SampleApp.Now, DateTimeOffset.Parse((string)body["createdAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Http.AssertNoPatientData(text);
    }

    [Fact]
    public async Task Verify_accepts_an_acknowledgment_of_the_current_disclosure_given_before_the_first_session()
    {
        JsonNode verification = await VerifyAsync(Http.Patient, await AcknowledgmentOfAsync(Http.Patient), "2026-06-01T10:00:00Z");

        Assert.Equal("Valid", (string)verification["status"]!);
        Assert.True((bool)verification["isValid"]!);
        Assert.Equal("disclosure.consent", (string)verification["ruleId"]!);
    }

    [Fact]
    public async Task Verify_reports_an_acknowledgment_given_after_the_first_session_started()
    {
        JsonNode verification = await VerifyAsync(Http.Patient, await AcknowledgmentOfAsync(Http.Patient), "2026-05-01T10:00:00Z");

        Assert.Equal("GivenAfterFirstSession", (string)verification["status"]!);
    }

    [Fact]
    public async Task Verify_reports_stale_text_when_the_patient_facts_changed_the_disclosure()
    {
        string acknowledgment = await AcknowledgmentOfAsync(Http.Patient);
        string changed = Http.Patient.Replace("\"keloidTendency\": \"No\"", "\"keloidTendency\": \"Yes\"", StringComparison.Ordinal);

        JsonNode verification = await VerifyAsync(changed, acknowledgment, "2026-06-01T10:00:00Z");

        Assert.Equal("StaleText", (string)verification["status"]!);
        Assert.NotEqual((string)verification["acknowledgedHash"]!, (string)verification["currentHash"]!);
    }

    [Fact]
    public async Task Verify_reports_stale_history_when_a_new_medicine_leaves_the_text_unchanged()
    {
        (_, JsonNode disclosure, _) = await Http.PostAsync(_client, "/disclosures", Http.Patient);
        string acknowledgment = $$"""
            { "disclosureHash": "{{disclosure["contentHash"]}}", "historyHash": "{{disclosure["historyHash"]}}", "policyVersion": "{{disclosure["policyVersion"]}}", "patientReference": "{{Http.SecretReference}}", "acknowledgedAt": "2026-05-20T15:00:00Z", "acknowledgedBy": "Patient" }
            """;
        string changed = Http.Patient.Replace("\"currentMedicines\": [", "\"currentMedicines\": [\"warfarin\", ", StringComparison.Ordinal);
        Assert.NotEqual(Http.Patient, changed);

        Assert.Equal("Valid", (string)(await VerifyAsync(Http.Patient, acknowledgment, "2026-06-01T10:00:00Z"))["status"]!);
        JsonNode verification = await VerifyAsync(changed, acknowledgment, "2026-06-01T10:00:00Z");
        Assert.Equal("StaleHistory", (string)verification["status"]!);
        Assert.Equal((string)verification["acknowledgedHash"]!, (string)verification["currentHash"]!);
    }

    [Fact]
    public async Task Verify_with_a_bad_history_hash_or_an_unset_instant_names_the_acknowledgment_field()
    {
        string acknowledgment = await AcknowledgmentOfAsync(Http.Patient);
        string badHash = acknowledgment.Replace("\"patientReference\"", "\"historyHash\": \"xyz\", \"patientReference\"", StringComparison.Ordinal);
        await Http.AssertProblemAsync(_client, "/disclosures/verify", Body(Http.Patient, badHash, "2026-06-01T10:00:00Z"), "$.acknowledgment.historyHash", "64 hex digits");

        string unset = acknowledgment.Replace("2026-05-20T15:00:00Z", "0001-01-01T00:00:00Z", StringComparison.Ordinal);
        await Http.AssertProblemAsync(_client, "/disclosures/verify", Body(Http.Patient, unset, "2026-06-01T10:00:00Z"), "$.acknowledgment.acknowledgedAt", "1900-01-01");
    }

    [Fact]
    public async Task Disclosure_with_a_blank_allergy_substance_names_the_element()
    {
        await Http.AssertProblemAsync(_client, "/disclosures", Http.Patient.Replace("\"allergies\": [", "\"allergies\": [{ \"substance\": \"  \" }, ", StringComparison.Ordinal), "$.allergies[0].substance", "must not be null or blank");
    }

    [Fact]
    public async Task Verify_with_a_blank_patient_reference_names_the_field()
    {
        string acknowledgment = (await AcknowledgmentOfAsync(Http.Patient)).Replace(Http.SecretReference, "   ", StringComparison.Ordinal);

        await Http.AssertProblemAsync(_client, "/disclosures/verify", Body(Http.Patient, acknowledgment, "2026-06-01T10:00:00Z"), "$.acknowledgment.patientReference", "1 to 200 characters");
    }

    [Fact]
    public async Task Verify_without_an_acknowledgment_names_the_missing_member()
    {
        await Http.AssertProblemAsync(_client, "/disclosures/verify", $$"""{ "patient": {{Http.Patient}}, "firstSessionStart": "2026-06-01T10:00:00Z" }""", "$", "acknowledgment");
    }

    [Fact]
    public async Task Verify_with_an_unknown_acknowledging_party_lists_the_allowed_values()
    {
        string acknowledgment = (await AcknowledgmentOfAsync(Http.Patient)).Replace("\"Patient\"", "\"Neighbour\"", StringComparison.Ordinal);

        await Http.AssertProblemAsync(_client, "/disclosures/verify", Body(Http.Patient, acknowledgment, "2026-06-01T10:00:00Z"), "$.acknowledgment.acknowledgedBy", "Patient, Guardian");
    }

    private async Task<string> AcknowledgmentOfAsync(string patient)
    {
        (_, JsonNode disclosure, _) = await Http.PostAsync(_client, "/disclosures", patient);
        return $$"""
            { "disclosureHash": "{{disclosure["contentHash"]}}", "policyVersion": "{{disclosure["policyVersion"]}}", "patientReference": "{{Http.SecretReference}}", "acknowledgedAt": "2026-05-20T15:00:00Z", "acknowledgedBy": "Patient" }
            """;
    }

    private async Task<JsonNode> VerifyAsync(string patient, string acknowledgment, string firstSessionStart)
    {
        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/disclosures/verify", Body(patient, acknowledgment, firstSessionStart));
        Assert.True(status == HttpStatusCode.OK, text);
        Assert.DoesNotContain(Http.SecretReference, text, StringComparison.Ordinal);
        return body;
    }

    private static string Body(string patient, string acknowledgment, string firstSessionStart) =>
        $$"""{ "patient": {{patient}}, "acknowledgment": {{acknowledgment}}, "firstSessionStart": "{{firstSessionStart}}" }""";
}
