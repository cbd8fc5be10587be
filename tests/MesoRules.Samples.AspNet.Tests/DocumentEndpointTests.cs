using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>The HTML document pages: content type, the language chosen by <c>lang</c> or Accept-Language, and strict query reading.</summary>
public sealed class DocumentEndpointTests(SampleApp app) : IClassFixture<SampleApp>
{
    private const string SpanishInfection = "Infección en los puntos de inyección";
    private const string EnglishInfection = "Infection at the injection sites";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/documents/aftercare?lang=es&sessionEnd=2026-06-01T10:30:00Z&zone=Europe/Madrid")]
    [InlineData("/documents/disclosure?lang=es")]
    [InlineData("/documents/plan?lang=es&start=2026-06-01&zone=Europe/Madrid")]
    public async Task Every_document_is_utf8_html_in_the_language_asked_and_kept_out_of_caches(string path)
    {
        (HttpResponseMessage response, string html) = await Documents.GetAsync(_client, path);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.Equal(["es"], response.Content.Headers.ContentLanguage);
            Assert.True(response.Headers.CacheControl?.NoStore);
            Assert.Empty(response.Headers.Vary);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_aftercare_sheet_writes_dates_in_the_language_and_times_in_the_zone()
    {
        string text = await Documents.TextAsync(_client, "/documents/aftercare?lang=es&sessionEnd=2026-06-01T12:30:00%2B02:00&zone=Europe/Madrid");

        Assert.Contains("Exposición al sol y a los rayos UV", text, StringComparison.Ordinal);
        Assert.Contains("1 de junio de 2026 12:30 +02:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_uses_the_answers_given_and_writes_its_findings_in_the_language()
    {
        string text = await Documents.TextAsync(_client, "/documents/plan?lang=fr&severity=Moderate&start=2026-06-01&zone=Europe/Paris");

        Assert.Contains("5 séances initiales", text, StringComparison.Ordinal);
        Assert.Contains("5 octobre 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_chooses_the_language_over_accept_language()
    {
        (HttpResponseMessage response, string html) = await Documents.GetAsync(_client, "/documents/disclosure?lang=es-MX", acceptLanguage: "fr-FR,fr;q=0.9");
        using (response)
        {
            string text = WebUtility.HtmlDecode(html);
            Assert.Contains(SpanishInfection, text, StringComparison.Ordinal);
            Assert.Empty(response.Headers.Vary);
        }
    }

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.8", "es", SpanishInfection)]
    [InlineData("pt-BR", "pt", "Infecção nos pontos de injeção")]
    [InlineData("de-DE,es;q=0.9", "en", EnglishInfection)]
    [InlineData("*", "en", EnglishInfection)]
    [InlineData("not a tag!", "en", EnglishInfection)]
    public async Task Without_lang_the_first_accept_language_tag_chooses_and_the_answer_varies_with_it(string acceptLanguage, string expectedTag, string expectedText)
    {
        (HttpResponseMessage response, string html) = await Documents.GetAsync(_client, "/documents/disclosure", acceptLanguage);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([expectedTag], response.Content.Headers.ContentLanguage);
            Assert.Contains("Accept-Language", response.Headers.Vary);
            Assert.Contains(expectedText, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_lang_or_accept_language_the_document_is_english_whatever_the_servers_culture()
    {
        CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // The test server runs the request on this flow, so a culture leaking from the thread would show here.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-ES");
            string text = await Documents.TextAsync(_client, "/documents/disclosure");

            Assert.Contains(EnglishInfection, text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Theory]
    [InlineData("/documents/disclosure?lang=pt_BR", "lang")]
    [InlineData("/documents/disclosure?lang=", "lang")]
    [InlineData("/documents/disclosure?lang=e", "lang")]
    [InlineData("/documents/disclosure?lang=es&lang=fr", "lang")]
    [InlineData("/documents/disclosure?age=131", "age")]
    [InlineData("/documents/disclosure?age=-1", "age")]
    [InlineData("/documents/disclosure?age=3%204", "age")]
    [InlineData("/documents/disclosure?severity=moderate", "severity")]
    [InlineData("/documents/disclosure?severity=2", "severity")]
    [InlineData("/documents/disclosure?pregnancy=maybe", "pregnancy")]
    [InlineData("/documents/disclosure?allergies=%2C%3B%2C", "allergies")]
    [InlineData("/documents/plan?start=2026-13-01", "start")]
    [InlineData("/documents/plan?zone=Mars/Olympus", "zone")]
    [InlineData("/documents/aftercare?sessionEnd=2026-06-01T10:30:00", "sessionEnd")]
    [InlineData("/documents/aftercare?sessionEnd=2026-06-01T10:30:00+02:00", "sessionEnd")]
    [InlineData("/documents/aftercare?sessionEnd=0001-01-01T00:00:00Z", "sessionEnd")]
    [InlineData("/documents/aftercare?age=40", "query")]
    [InlineData("/documents/disclosure?language=es", "query")]
    public async Task A_bad_query_value_is_a_400_problem_naming_the_parameter(string path, string parameter)
    {
        using HttpResponseMessage response = await _client.GetAsync(path);
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonObject errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.Equal([parameter], errors.Select(e => e.Key));
        Http.AssertNoPatientData(text);
    }

    [Fact]
    public async Task Every_bad_parameter_is_listed_and_no_value_is_echoed()
    {
        using HttpResponseMessage response = await _client.GetAsync($"/documents/plan?lang=xx_{Http.SecretReference}&zone={Http.SecretAllergy}&age=old&secret-name=1");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["age", "lang", "query", "zone"], JsonNode.Parse(text)!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("old", text, StringComparison.Ordinal);
    }
}

/// <summary>Reading an HTML page from the sample.</summary>
internal static class Documents
{
    public static async Task<(HttpResponseMessage Response, string Html)> GetAsync(HttpClient client, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        HttpResponseMessage response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page's text with character references decoded, for assertions on what a reader sees.</summary>
    public static async Task<string> TextAsync(HttpClient client, string path, string? acceptLanguage = null)
    {
        (HttpResponseMessage response, string html) = await GetAsync(client, path, acceptLanguage);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(html);
        }
    }
}
