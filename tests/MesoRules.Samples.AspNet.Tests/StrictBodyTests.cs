using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>
/// Every body is read with the library's strict contract, not ASP.NET's web defaults: a member written twice, a number
/// or a boolean written as a string and an unknown member are refused, and the answer never repeats what was sent.
/// </summary>
public sealed class StrictBodyTests(SampleApp app) : IClassFixture<SampleApp>
{
    private const string Hostile = "<script>alert('John Smith DOB 1980')</script>";
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Eligibility_with_pregnancy_written_twice_is_refused_not_read_as_the_last_answer()
    {
        string twice = Http.Patient.Replace("\"pregnancy\": \"No\"", "\"pregnancy\": \"Yes\", \"pregnancy\": \"No\"", StringComparison.Ordinal);

        await Http.AssertProblemAsync(_client, "/eligibility", twice, "$.health.pregnancy", "more than once");
    }

    [Fact]
    public async Task Eligibility_with_the_allergies_written_twice_is_refused_not_erased()
    {
        string twice = Http.Patient.Replace("\"medicinesDisclosed\"", "\"allergies\": [], \"medicinesDisclosed\"", StringComparison.Ordinal);

        await Http.AssertProblemAsync(_client, "/eligibility", twice, "$.allergies", "more than once");
    }

    [Fact]
    public async Task Eligibility_with_a_root_member_written_twice_is_refused()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", "\"ageYears\": 34, \"AgeYears\": 40", StringComparison.Ordinal), "$.ageYears", "more than once");
    }

    [Fact]
    public async Task Plan_with_a_calendar_member_written_twice_is_refused()
    {
        string request = $$"""{ "patient": {{Http.Patient}}, "firstSessionDate": "2026-06-01", "calendar": { "openDays": ["Monday"], "openDays": ["Tuesday"] } }""";

        await Http.AssertProblemAsync(_client, "/plans", request, "$.calendar.openDays", "more than once");
    }

    [Fact]
    public async Task Verify_with_an_acknowledgment_member_written_twice_is_refused()
    {
        string acknowledgment = $$"""{ "disclosureHash": "{{new string('a', 64)}}", "policyVersion": "0123456789abcdef", "patientReference": "{{Http.SecretReference}}", "acknowledgedAt": "2026-05-20T15:00:00Z", "acknowledgedBy": "Patient", "acknowledgedBy": "Guardian" }""";

        await Http.AssertProblemAsync(_client, "/disclosures/verify", $$"""{ "patient": {{Http.Patient}}, "acknowledgment": {{acknowledgment}}, "firstSessionStart": "2026-06-01T10:00:00Z" }""", "$.acknowledgment.acknowledgedBy", "more than once");
    }

    [Fact]
    public async Task Check_with_a_sample_record_member_written_twice_is_refused()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/check", """{ "activity": "Sun", "activity": "Swimming", "sessionEnds": [], "at": "2026-06-02T10:30:00Z" }""", "$.activity", "more than once");
    }

    [Fact]
    public async Task Eligibility_with_the_age_written_as_a_string_is_refused()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", "\"ageYears\": \"10\"", StringComparison.Ordinal), "$.ageYears", "whole number");
    }

    [Fact]
    public async Task Eligibility_with_a_boolean_written_as_a_string_is_refused()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"allergiesDisclosed\": true", "\"allergiesDisclosed\": \"true\"", StringComparison.Ordinal), "$.allergiesDisclosed", "true or false");
    }

    [Fact]
    public async Task Plan_with_the_maintenance_horizon_written_as_a_string_is_refused()
    {
        await Http.AssertProblemAsync(_client, "/plans", $$"""{ "patient": {{Http.Patient}}, "firstSessionDate": "2026-06-01", "maintenanceHorizonMonths": "6" }""", "$.maintenanceHorizonMonths", "whole number");
    }

    [Theory]
    [InlineData("/eligibility", "$")]
    [InlineData("/assessments", "$.patient")]
    public async Task An_unknown_member_with_a_hostile_name_is_reported_at_its_parent_never_by_its_name(string path, string parent)
    {
        string patient = Http.Patient.Replace("\"cause\"", $"\"{Hostile.Replace("'", "\\u0027", StringComparison.Ordinal)}\": 1, \"cause\"", StringComparison.Ordinal);
        string body = path == "/eligibility" ? patient : $$"""{ "patient": {{patient}}, "firstSessionDate": "2026-06-01" }""";

        string text = await Http.AssertProblemAsync(_client, path, body, parent, "not part of the contract");

        Assert.DoesNotContain("script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("John", text, StringComparison.Ordinal);
        JsonObject errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.Equal([parent], errors.Select(e => e.Key));
        Assert.Matches(@"\(line \d+, byte \d+\)", (string)errors[parent]![0]!);
    }

    [Fact]
    public async Task An_unknown_member_of_an_acknowledgment_is_reported_at_the_acknowledgment()
    {
        string acknowledgment = $$"""{ "disclosureHash": "{{new string('a', 64)}}", "policyVersion": "0123456789abcdef", "patientReference": "{{Http.SecretReference}}", "acknowledgedAt": "2026-05-20T15:00:00Z", "acknowledgedBy": "Patient", "John Smith": 1 }""";

        string text = await Http.AssertProblemAsync(_client, "/disclosures/verify", $$"""{ "patient": {{Http.Patient}}, "acknowledgment": {{acknowledgment}}, "firstSessionStart": "2026-06-01T10:00:00Z" }""", "$.acknowledgment", "not part of the contract");

        Assert.DoesNotContain("John", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_name_given_in_another_case_is_answered_with_the_contract_name()
    {
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", "\"AGEYEARS\": \"34\"", StringComparison.Ordinal), "$.ageYears", "whole number");
    }

    [Fact]
    public async Task A_well_formed_body_with_the_same_members_once_is_still_read()
    {
        (HttpStatusCode status, _, string text) = await Http.PostAsync(_client, "/eligibility", Http.Patient);

        Assert.True(status == HttpStatusCode.OK, text);
    }
}
