using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>The front desk page over HTTP: the empty form, an assessment by GET or POST, errors shown in the page, and escaping.</summary>
public sealed class FrontDeskEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private const string Injected = "\"><script>alert(1)</script>";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Without_answers_the_page_is_the_form_for_the_sample_patient_in_the_browsers_language()
    {
        (HttpResponseMessage response, string html) = await Documents.GetAsync(_client, "/front-desk", acceptLanguage: "it-IT,it;q=0.9");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<form method=\"post\" action=\"/front-desk\">", html, StringComparison.Ordinal);
            Assert.Contains("<option value=\"it\" selected>", html, StringComparison.Ordinal);
            Assert.Contains("name=\"age\" id=\"age\" value=\"34\"", html, StringComparison.Ordinal);
            // The test clock is Monday 2026-05-04: the course starts on the next weekday.
            Assert.Contains("name=\"start\" id=\"start\" value=\"2026-05-05\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"results\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_posted_form_shows_the_outcome_the_plan_and_links_in_the_chosen_language()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lang"] = "pt", ["age"] = "45", ["severity"] = "Mild", ["cause"] = "AndrogeneticAlopecia", ["pregnancy"] = "No",
            ["breastfeeding"] = "No", ["anticoagulants"] = "No", ["allergies"] = "latex", ["start"] = "2026-06-01", ["zone"] = "America/Sao_Paulo",
        });
        using HttpResponseMessage response = await _client.PostAsync("/front-desk", form);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<section id=\"results\" lang=\"pt\">", html, StringComparison.Ordinal);
        Assert.Contains("Eligibility: EligibleWithCautions", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>1</td><td>Initial</td><td>2026-06-01 10:00 -03:00</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/disclosure?lang=pt&amp;age=45&amp;severity=Mild&amp;", html, StringComparison.Ordinal);
        // The first session, 10:00 to 10:30 (the default 30-minute session), in São Paulo.
        Assert.Contains("href=\"/documents/aftercare?lang=pt&amp;sessionEnd=2026-06-01T10%3A30%3A00-03%3A00&amp;zone=America%2FSao_Paulo\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocked_plan_shows_the_blocking_finding_and_no_aftercare_link()
    {
        string html = await Documents.TextAsync(_client, "/front-desk?lang=en&pregnancy=Yes&start=2026-06-01");

        Assert.Contains("No sessions are planned.", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"planning.eligibility-gate\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"document-disclosure\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"document-aftercare\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_echoed_value_is_escaped()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["allergies"] = Injected, ["lang"] = "en" });
        using HttpResponseMessage response = await _client.PostAsync("/front-desk", form);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("allergies=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_answers_show_the_form_again_with_every_error_and_the_text_typed_escaped()
    {
        (HttpResponseMessage response, string html) = await Documents.GetAsync(_client, $"/front-desk?zone={Uri.EscapeDataString(Injected)}&age=200&lang=en");
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<li data-parameter=\"age\">age must be a whole number of years from 0 to 130", html, StringComparison.Ordinal);
            Assert.Contains("<li data-parameter=\"zone\">zone must be a known IANA time zone id", html, StringComparison.Ordinal);
            Assert.Contains("name=\"zone\" id=\"zone\" value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"age\" id=\"age\" value=\"200\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("id=\"results\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_post_that_is_not_a_form_is_a_415_problem()
    {
        using HttpResponseMessage response = await _client.PostAsync("/front-desk", Http.Json("""{ "lang": "es" }"""));
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("application/x-www-form-urlencoded", (string)JsonNode.Parse(text)!["errors"]!["$"]![0]!, StringComparison.Ordinal);
    }
}
