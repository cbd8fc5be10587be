using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

public sealed class AssessmentEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Assessment_gives_eligibility_disclosure_plan_and_first_aftercare_under_one_policy_version()
    {
        (HttpStatusCode status, JsonNode body, _) = await Http.PostAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC" }""");

        Assert.Equal(HttpStatusCode.OK, status);
        string version = (string)body["policyVersion"]!;
        Assert.Equal((string)(await Http.GetAsync(_client, "/policy"))["version"]!, version);
        Assert.Equal("EligibleWithCautions", (string)body["eligibility"]!["outcome"]!);
        Assert.Contains(body["eligibility"]!["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.allergy.other");
        Assert.Equal(version, (string)body["eligibility"]!["policyVersion"]!);
        Assert.Equal(version, (string)body["disclosure"]!["policyVersion"]!);
        Assert.Equal(version, (string)body["plan"]!["policyVersion"]!);
        Assert.Equal(version, (string)body["firstSessionAftercare"]!["policyVersion"]!);
        Assert.Equal(64, ((string)body["disclosure"]!["contentHash"]!).Length);

        // Moderate hair loss: five initial sessions and a review, starting on the first date (a Monday), at 10:00 UTC.
        JsonArray sessions = body["plan"]!["sessions"]!.AsArray();
        Assert.Equal(["Initial", "Initial", "Initial", "Initial", "Initial", "Review"], sessions.Select(s => (string)s!["phase"]!));
        Assert.Equal("2026-06-01T10:00:00+00:00", (string)sessions[0]!["start"]!);
        Assert.Equal("2026-06-01T10:30:00+00:00", (string)body["firstSessionAftercare"]!["sessionEnd"]!);
    }

    [Fact]
    public async Task Assessment_without_an_acknowledgment_carries_a_blocking_consent_finding()
    {
        (_, JsonNode body, _) = await Http.PostAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC" }""");

        JsonNode consent = body["plan"]!["findings"]!.AsArray().Single(f => (string)f!["ruleId"]! == "disclosure.consent")!;
        Assert.Equal("Blocking", (string)consent["kind"]!);
    }

    [Fact]
    public async Task Assessment_applies_the_sun_window_set_in_appsettings()
    {
        (_, JsonNode body, _) = await Http.PostAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC" }""");

        JsonNode sun = body["firstSessionAftercare"]!["windows"]!.AsArray().Single(w => (string)w!["ruleId"]! == "aftercare.sun")!;
        Assert.Equal("3.00:00:00", (string)sun["minimum"]!);
        Assert.Equal("7.00:00:00", (string)sun["recommended"]!);
    }

    [Fact]
    public async Task Assessment_of_a_patient_with_only_some_facts_treats_the_rest_as_unknown_and_asks_for_them()
    {
        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/assessments", """{ "patient": { "cause": "AndrogeneticAlopecia", "ageYears": 40 }, "courseStart": "2026-06-01", "timeZone": "UTC" }""");

        Assert.True(status == HttpStatusCode.OK, text);
        Assert.Equal("NeedsInformation", (string)body["eligibility"]!["outcome"]!);
        Assert.Contains(body["eligibility"]!["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.disclosure.required" && (string)n["reason"]! == "MissingInformation");
        Assert.Empty(body["plan"]!["sessions"]!.AsArray());
        Assert.Null(body["firstSessionAftercare"]);
    }

    [Fact]
    public async Task Assessment_without_a_time_zone_is_refused_naming_it()
    {
        string text = await Http.AssertProblemAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-06" }""", "$", "timeZone");
        Assert.DoesNotContain("Eligible", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessment_without_calendar_or_session_time_uses_weekdays_and_ten_o_clock()
    {
        // 2026-06-06 is a Saturday: the default calendar (weekdays) moves the first session to Monday.
        (HttpStatusCode status, JsonNode body, string text) = await Http.PostAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-06", "timeZone": "UTC" }""");

        Assert.True(status == HttpStatusCode.OK, text);
        Assert.Equal("2026-06-08T10:00:00+00:00", (string)body["plan"]!["sessions"]![0]!["start"]!);
    }

    [Fact]
    public async Task Assessment_with_an_unknown_enum_string_names_the_field_and_lists_the_allowed_values()
    {
        string text = await Http.AssertProblemAsync(_client, "/assessments",
            Http.Patient.Replace("\"Moderate\"", "\"Extreme\"", StringComparison.Ordinal).Insert(0, "{ \"patient\": ") + ", \"courseStart\": \"2026-06-01\",\"timeZone\":\"UTC\" }",
            "$.patient.severity", "Unknown, Mild, Moderate, Severe");

        Assert.DoesNotContain("Extreme", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessment_without_a_first_session_date_names_the_missing_member()
    {
        await Http.AssertProblemAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}} }""", "$", "courseStart");
    }

    [Fact]
    public async Task Assessment_with_malformed_json_reports_the_position_without_the_text()
    {
        await Http.AssertProblemAsync(_client, "/assessments", $$"""{ "patient": {{Http.Patient}}, "courseStart": "2026-06-01", "timeZone": "UTC" """, "$", "malformed");
    }
}
