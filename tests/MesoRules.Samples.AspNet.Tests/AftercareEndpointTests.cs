using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

public sealed class AftercareEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("2026-06-02T10:30:00Z", "NotYet")]
    [InlineData("2026-06-04T10:30:00Z", "AllowedWithCaution")]
    [InlineData("2026-06-08T10:30:00Z", "Allowed")]
    public async Task Check_of_sun_follows_the_configured_three_and_seven_day_windows(string at, string expected)
    {
        (HttpStatusCode status, JsonNode body, _) = await Http.PostAsync(_client, "/aftercare/check", $$"""{ "activity": "Sun", "sessionEnds": ["2026-05-20T10:30:00Z", "2026-06-01T10:30:00Z"], "at": "{{at}}" }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, (string)body["status"]!);
        Assert.Equal("aftercare.sun", (string)body["ruleId"]!);
        Assert.Equal("2026-06-04T10:30:00+00:00", (string)body["allowedWithCautionFrom"]!);
        Assert.Equal("2026-06-08T10:30:00+00:00", (string)body["allowedFrom"]!);
    }

    [Fact]
    public async Task Sheet_as_plain_text_lists_the_rules_and_the_policy_version_in_the_zone_given()
    {
        using HttpResponseMessage response = await _client.PostAsync("/aftercare/sheet", Http.Json("""{ "sessionEnd": "2026-06-01T10:30:00Z", "zone": "Europe/London" }"""));
        string sheet = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", Http.ContentType(response)?.MediaType);
        Assert.StartsWith("AFTERCARE AFTER YOUR SESSION\n", sheet, StringComparison.Ordinal);
        Assert.Contains("Session ended: 2026-06-01 11:30 +01:00", sheet, StringComparison.Ordinal);
        Assert.Contains("Rule: aftercare.sun", sheet, StringComparison.Ordinal);
        Assert.Contains($"Policy version: {(string)(await Http.GetAsync(_client, "/policy"))["version"]!}", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sheet_as_markdown_is_served_as_text_markdown()
    {
        using HttpResponseMessage response = await _client.PostAsync("/aftercare/sheet", Http.Json("""{ "sessionEnd": "2026-06-01T10:30:00Z", "zone": "UTC", "format": "Markdown" }"""));
        string sheet = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", Http.ContentType(response)?.MediaType);
        Assert.StartsWith("# Aftercare after your session\n", sheet, StringComparison.Ordinal);
        Assert.Contains("| Activity | Avoid at least until | Better to wait until | Rule |", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sheet_as_html_is_served_as_text_html()
    {
        using HttpResponseMessage response = await _client.PostAsync("/aftercare/sheet", Http.Json("""{ "sessionEnd": "2026-06-01T10:30:00Z", "zone": "UTC", "format": "Html" }"""));
        string sheet = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", Http.ContentType(response)?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", sheet, StringComparison.Ordinal);
        Assert.Contains("<h1>Aftercare after your session</h1>", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_an_unknown_activity_lists_the_allowed_values()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/check", """{ "activity": "Sunbathing", "sessionEnds": ["2026-06-01T10:30:00Z"], "at": "2026-06-02T10:30:00Z" }""", "$.activity", "Sun, TopicalProducts");
    }

    [Fact]
    public async Task Check_with_a_session_end_out_of_range_names_the_field()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/check", """{ "activity": "Sun", "sessionEnds": ["0001-01-01T00:00:00Z"], "at": "2026-06-02T10:30:00Z" }""", "$.sessionEnds[0]", "1900-01-01");
    }

    [Fact]
    public async Task Check_with_an_unknown_member_reports_it_at_the_body_without_its_name()
    {
        string text = await Http.AssertProblemAsync(_client, "/aftercare/check", $$"""{ "activity": "Sun", "sessionEnds": [], "at": "2026-06-02T10:30:00Z", "allergy": "{{Http.SecretAllergy}}" }""", "$", "not part of the contract");
        Assert.DoesNotContain("allergy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_without_session_ends_names_the_missing_member()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/check", """{ "activity": "Sun", "at": "2026-06-02T10:30:00Z" }""", "$", "sessionEnds");
    }

    [Fact]
    public async Task Check_with_malformed_json_reports_the_position_without_the_text()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/check", $$"""{ "activity": "Sun", "sessionEnds": [], "at": {{Http.SecretAllergy}} }""", "$.at", "malformed");
    }

    [Fact]
    public async Task Sheet_with_an_unknown_zone_names_the_field_without_echoing_it()
    {
        string text = await Http.AssertProblemAsync(_client, "/aftercare/sheet", """{ "sessionEnd": "2026-06-01T10:30:00Z", "zone": "Atlantis/Capital" }""", "$.zone", "IANA");

        Assert.DoesNotContain("Atlantis", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sheet_with_an_unknown_format_lists_the_allowed_values()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/sheet", """{ "sessionEnd": "2026-06-01T10:30:00Z", "zone": "UTC", "format": "Pdf" }""", "$.format", "PlainText, Markdown, Html");
    }

    [Fact]
    public async Task Sheet_with_an_instant_that_is_not_iso_8601_names_the_field()
    {
        await Http.AssertProblemAsync(_client, "/aftercare/sheet", """{ "sessionEnd": "next tuesday", "zone": "UTC" }""", "$.sessionEnd", "ISO 8601");
    }
}
