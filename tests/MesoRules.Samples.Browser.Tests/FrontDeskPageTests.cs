using Microsoft.Playwright;

namespace MesoRules.Samples.Browser.Tests;

/// <summary>The front desk as a clinician uses it: a form filled in and submitted in a real Chromium.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class FrontDeskPageTests(BrowserSession session)
{
    [Fact]
    public async Task Submitting_the_form_shows_the_outcome_the_plan_and_links_to_the_documents_in_the_chosen_language()
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync("/front-desk");

        await page.SelectOptionAsync("#lang", "es");
        await page.FillAsync("#age", "40");
        await page.SelectOptionAsync("#severity", "Moderate");
        await page.SelectOptionAsync("#cause", "AndrogeneticAlopecia");
        await page.SelectOptionAsync("#pregnancy", "No");
        await page.SelectOptionAsync("#breastfeeding", "No");
        await page.SelectOptionAsync("#anticoagulants", "No");
        await page.FillAsync("#allergies", "latex");
        await page.FillAsync("#start", "2026-06-01");
        await page.FillAsync("#zone", "Europe/Madrid");
        await page.ClickAsync("button[type=submit]");

        Assert.Equal("Eligibility: EligibleWithCautions", await page.InnerTextAsync("#outcome"));
        Assert.Equal("es", await page.GetAttributeAsync("#results", "lang"));
        // The sample patient's tendency to keloid scars, in Spanish.
        Assert.Contains("queloides", await page.InnerTextAsync("#notes li[data-rule='eligibility.keloid']"), StringComparison.Ordinal);
        // Moderate hair loss: five initial sessions ten days apart and a review, at 10:00 in Madrid (summer time).
        IReadOnlyList<string> sessions = await page.Locator("#sessions tbody tr").AllInnerTextsAsync();
        Assert.Equal(6, sessions.Count);
        Assert.Equal("1\tInitial\t2026-06-01 10:00 +02:00", sessions[0]);
        Assert.StartsWith("6\tReview\t", sessions[5], StringComparison.Ordinal);
        Assert.Contains("5 sesiones iniciales", await page.InnerTextAsync("#findings li[data-rule='planning.initial-count']"), StringComparison.Ordinal);

        await page.ClickAsync("#document-disclosure");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        string disclosure = await page.InnerTextAsync("body");
        Assert.Contains("Infección en los puntos de inyección", disclosure, StringComparison.Ordinal);
        Assert.DoesNotContain("Infection at the injection sites", disclosure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_aftercare_link_opens_the_sheet_after_the_first_planned_session()
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync("/front-desk?lang=it&start=2026-06-01&zone=Europe/Rome");

        await page.ClickAsync("#document-aftercare");

        Assert.Equal("it", await page.GetAttributeAsync("html", "lang"));
        string sheet = await page.InnerTextAsync("body");
        Assert.Contains("Esposizione al sole e ai raggi UV", sheet, StringComparison.Ordinal);
        Assert.Contains("1 giugno 2026", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_answer_shows_the_form_again_with_the_error_and_the_text_typed_escaped()
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync("/front-desk");

        await page.FillAsync("#zone", "<b id=injected>Nowhere</b>");
        IResponse response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("button[type=submit]"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/front-desk", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();

        Assert.Equal(400, response.Status);
        Assert.Contains("zone must be a known IANA time zone id", await page.InnerTextAsync("#errors li[data-parameter='zone']"), StringComparison.Ordinal);
        Assert.Equal("<b id=injected>Nowhere</b>", await page.InputValueAsync("#zone"));
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        Assert.Equal(0, await page.Locator("#results").CountAsync());
    }

    [Fact]
    public async Task Printing_leaves_the_form_out_and_keeps_the_results()
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync("/front-desk?lang=en&start=2026-06-01");
        Assert.True(await page.IsVisibleAsync("form"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.EvaluateAsync<bool>("matchMedia('print').matches"));
        Assert.False(await page.IsVisibleAsync("form"));
        Assert.True(await page.IsVisibleAsync("#results"));
    }
}
