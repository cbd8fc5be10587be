using Microsoft.Playwright;

namespace MesoRules.Samples.Browser.Tests;

/// <summary>The aftercare sheet page in Chromium: its text in Spanish, a screenshot, and its print styles.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AftercareDocumentTests(BrowserSession session)
{
    private const string SpanishSheet = "/documents/aftercare?lang=es&sessionEnd=2026-06-01T10:30:00Z&zone=Europe/Madrid";

    [Fact]
    public async Task The_sheet_shows_times_in_the_zone_and_dates_in_the_patients_language()
    {
        IPage page = await session.PageAsync();

        await page.GotoAsync(SpanishSheet);

        string text = await page.InnerTextAsync("body");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Exposición al sol y a los rayos UV", text, StringComparison.Ordinal);
        Assert.Contains("1 de junio de 2026 12:30 +02:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screenshot_of_the_sheet_is_saved_as_a_png_in_the_test_output()
    {
        IPage page = await session.PageAsync();
        await page.SetViewportSizeAsync(794, 1123);
        await page.GotoAsync(SpanishSheet);
        string path = Path.Combine(BrowserSession.OutputFolder, "aftercare-es.png");

        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(File.Exists(path));
        Assert.Equal(png, await File.ReadAllBytesAsync(path));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        // The IHDR chunk: width and height, big-endian, right after the signature and the chunk header.
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        int height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(794, width);
        Assert.True(height >= 1123, $"A full-page screenshot is at least the viewport's height; it was {height}.");
    }

    [Fact]
    public async Task Print_media_applies_the_sheets_print_styles()
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync(SpanishSheet);
        string[] onScreen = await DisclosureDocumentTests.PrintRuleValuesAsync(page);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        string[] inPrint = await DisclosureDocumentTests.PrintRuleValuesAsync(page);

        Assert.NotEmpty(inPrint);
        Assert.NotEqual(onScreen, inPrint);
    }
}
