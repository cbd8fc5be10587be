using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

public sealed class PlanEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Plan_moves_a_session_off_a_closed_date_and_keeps_the_patient_holiday_clear()
    {
        string request = $$"""
            {
              "patient": {{Http.Patient}},
              "courseStart": "2026-06-01",
              "calendar": { "openDays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "closedDates": ["2026-06-01"] },
              "timeZone": "Europe/London",
              "sessionTime": "09:30:00"
            }
            """;

        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/plans", request);

        Assert.True(status == HttpStatusCode.OK, text);
        JsonArray sessions = body["sessions"]!.AsArray();
        Assert.Equal("2026-06-02", (string)sessions[0]!["date"]!);
        Assert.Equal("2026-06-02T09:30:00+01:00", (string)sessions[0]!["start"]!);
        Assert.Contains(body["findings"]!.AsArray(), f => (string)f!["ruleId"]! == "planning.closed-day");
        Assert.Equal("EligibleWithCautions", (string)body["eligibility"]!);
        Assert.Equal((string)(await Http.GetAsync(_client, "/policy"))["version"]!, (string)body["policyVersion"]!);
    }

    [Fact]
    public async Task Plan_carries_the_follow_up_check_and_the_signs_to_contact_the_clinic_for()
    {
        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/plans", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC" }""");

        Assert.True(status == HttpStatusCode.OK, text);
        JsonNode followUp = body["followUp"]!;
        Assert.Equal("planning.follow-up", (string)followUp["ruleId"]!);
        string lastInitial = (string)body["sessions"]!.AsArray().Last(s => (string)s!["phase"]! == "Initial")!["date"]!;
        Assert.Equal(DateOnly.Parse(lastInitial, System.Globalization.CultureInfo.InvariantCulture).AddDays(84).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)followUp["dueDate"]!);
        Assert.Equal(3, followUp["contactClinicIf"]!.AsArray().Count);
    }

    [Fact]
    public async Task Plan_for_a_good_response_plans_maintenance_over_the_default_twelve_month_horizon()
    {
        string request = $$"""{ "patient": {{Http.Patient.Replace("\"NotYetTreated\"", "\"Good\"", StringComparison.Ordinal)}}, "courseStart": "2026-06-01", "timeZone": "UTC" }""";

        (_, JsonNode body, _) = await Http.PostAsync(_client, "/plans", request);

        // Every 6 months for 12 months after the review: two maintenance sessions.
        Assert.Equal(2, body["sessions"]!.AsArray().Count(s => (string)s!["phase"]! == "Maintenance"));
    }

    [Fact]
    public async Task Plan_with_a_maintenance_horizon_out_of_range_names_the_field()
    {
        await Http.AssertProblemAsync(_client, "/plans", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC", "maintenanceHorizonMonths": 500 }""", "$.maintenanceHorizonMonths", "0 and 120");
    }

    [Fact]
    public async Task Plan_with_an_unknown_time_zone_names_the_field_without_echoing_it()
    {
        string text = await Http.AssertProblemAsync(_client, "/plans", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "Mars/Olympus" }""", "$.timeZone", "IANA");

        Assert.DoesNotContain("Olympus", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_with_a_malformed_acknowledgment_hash_names_the_member_without_the_patient_reference()
    {
        string request = $$"""
            {
              "patient": {{Http.Patient}},
              "courseStart": "2026-06-01", "timeZone": "UTC",
              "acknowledgments": [{ "disclosureHash": "abc", "policyVersion": "0123456789abcdef", "patientReference": "{{Http.SecretReference}}", "acknowledgedAt": "2026-05-01T10:00:00Z", "acknowledgedBy": "Patient" }]
            }
            """;

        await Http.AssertProblemAsync(_client, "/plans", request, "$.acknowledgments[0].disclosureHash", "64 hex digits");
    }

    [Fact]
    public async Task Plan_with_a_date_in_the_wrong_format_names_the_field_and_the_format()
    {
        await Http.AssertProblemAsync(_client, "/plans", $$"""{ "patient": {{Http.Patient}}, "courseStart": "01/06/2026", "timeZone": "UTC" }""", "$.courseStart", "yyyy-MM-dd");
    }
}
