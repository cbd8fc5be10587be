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

    [Theory]
    [InlineData("\"pregnancy\": \"No\"", "\"pregnancy\": \"Yes\", \"pregnancy\": \"No\"", "$.health.pregnancy", "more than once")]
    [InlineData("\"medicinesDisclosed\"", "\"allergies\": [], \"medicinesDisclosed\"", "$.allergies", "more than once")]
    [InlineData("\"ageYears\": 34", "\"ageYears\": 34, \"AgeYears\": 40", "$.ageYears", "more than once")]
    [InlineData("\"ageYears\": 34", "\"ageYears\": \"10\"", "$.ageYears", "whole number")]
    [InlineData("\"ageYears\": 34", "\"AGEYEARS\": \"34\"", "$.ageYears", "whole number")]
    [InlineData("\"allergiesDisclosed\": true", "\"allergiesDisclosed\": \"true\"", "$.allergiesDisclosed", "true or false")]
    public async Task Eligibility_refuses_a_member_written_twice_and_a_number_or_boolean_in_a_string_naming_the_contract_path(string member, string written, string path, string reason)
    {
        // Pregnancy written Yes then No would otherwise read as No (and answer Eligible); a second empty list would erase the allergies.
        await Http.AssertProblemAsync(_client, "/eligibility", Http.Patient.Replace(member, written, StringComparison.Ordinal), path, reason);
    }

    [Fact]
    public async Task Plan_with_a_calendar_member_written_twice_is_refused()
    {
        string request = $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC", "calendar": { "openDays": ["Monday"], "openDays": ["Tuesday"] } }""";

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
    public async Task Plan_with_the_maintenance_horizon_written_as_a_string_is_refused()
    {
        await Http.AssertProblemAsync(_client, "/plans", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC", "maintenanceHorizonMonths": "6" }""", "$.maintenanceHorizonMonths", "whole number");
    }

    [Theory]
    [InlineData("/eligibility", "$")]
    [InlineData("/assessments", "$.patient")]
    public async Task An_unknown_member_with_a_hostile_name_is_reported_at_its_parent_never_by_its_name(string path, string parent)
    {
        string patient = Http.Patient.Replace("\"cause\"", $"\"{Hostile.Replace("'", "\\u0027", StringComparison.Ordinal)}\": 1, \"cause\"", StringComparison.Ordinal);
        string body = path == "/eligibility" ? patient : $$"""{ "patient": {{patient}}, "courseStart": "2026-06-01", "timeZone": "UTC" }""";

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
    public async Task A_well_formed_body_with_the_same_members_once_is_still_read()
    {
        (HttpStatusCode status, _, string text) = await Http.PostAsync(_client, "/eligibility", Http.Patient);

        Assert.True(status == HttpStatusCode.OK, text);
    }
}
