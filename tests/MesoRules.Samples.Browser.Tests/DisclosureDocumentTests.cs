using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MesoRules.Samples.Browser.Tests;

/// <summary>The risk disclosure page as Chromium renders and prints it, in English and in Spanish.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class DisclosureDocumentTests(BrowserSession session)
{
    [Theory]
    [InlineData("en", "Infection at the injection sites", "Infección en los puntos de inyección")]
    [InlineData("es", "Infección en los puntos de inyección", "Infection at the injection sites")]
    [InlineData("es-MX", "Infección en los puntos de inyección", "Infection at the injection sites")]
    public async Task The_disclosure_renders_in_the_language_given_by_lang(string lang, string expected, string otherLanguage)
    {
        IPage page = await session.PageAsync(acceptLanguage: "fr");

        IResponse? response = await page.GotoAsync($"/documents/disclosure?lang={lang}");

        Assert.Equal(200, response?.Status);
        Assert.Equal(lang[..2], await page.GetAttributeAsync("html", "lang"));
        string text = await page.InnerTextAsync("body");
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherLanguage, text, StringComparison.Ordinal);
        // The acknowledgment block, with signature lines and the content hash the patient signs for.
        Assert.True(await page.IsVisibleAsync(".acknowledgment"));
        Assert.Equal(3, await page.Locator(".acknowledgment .sign").CountAsync());
        Assert.Matches("^[0-9a-f]{64}$", await page.InnerTextAsync(".acknowledgment code"));
    }

    [Fact]
    public async Task Without_lang_the_disclosure_follows_the_browsers_first_language()
    {
        IPage page = await session.PageAsync(acceptLanguage: "es-MX,es;q=0.9,en;q=0.8");

        await page.GotoAsync("/documents/disclosure");

        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Infección en los puntos de inyección", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A4", 595, 842)]
    [InlineData("Letter", 612, 792)]
    public async Task The_disclosure_prints_to_a_pdf_of_at_least_one_page_in_the_paper_size_asked(string format, int widthPoints, int heightPoints)
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync("/documents/disclosure?lang=es");

        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserSession.OutputFolder, $"disclosure-es-{format}.pdf"), pdf);

        // Chromium writes each page's dictionary and its media box uncompressed: count the pages, read the paper size.
        string text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("%%EOF", text[^32..], StringComparison.Ordinal);
        Assert.True(PageObject().Count(text) >= 1, "The PDF should have at least one page.");
        Match box = MediaBox().Match(text);
        Assert.True(box.Success, "The PDF should give a media box.");
        Assert.Equal(widthPoints, double.Parse(box.Groups["w"].Value, CultureInfo.InvariantCulture), 1.5);
        Assert.Equal(heightPoints, double.Parse(box.Groups["h"].Value, CultureInfo.InvariantCulture), 1.5);
    }

    [Fact]
    public async Task Print_media_applies_the_documents_print_styles()
    {
        IPage page = await session.PageAsync();
        await page.GotoAsync("/documents/disclosure?lang=en");
        string[] onScreen = await PrintRuleValuesAsync(page);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        string[] inPrint = await PrintRuleValuesAsync(page);

        Assert.True(await page.EvaluateAsync<bool>("matchMedia('print').matches"));
        Assert.NotEmpty(inPrint);
        Assert.NotEqual(onScreen, inPrint);
    }

    /// <summary>
    /// For every style rule inside an <c>@media print</c> block of the page, the computed value of each property it sets
    /// on the first element it matches: with print media these take the rule's values, on screen they do not.
    /// </summary>
    internal static Task<string[]> PrintRuleValuesAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const values = [];
          for (const sheet of document.styleSheets)
            for (const rule of sheet.cssRules)
              if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
                for (const inner of rule.cssRules) {
                  if (!(inner instanceof CSSStyleRule)) continue;
                  const element = document.querySelector(inner.selectorText);
                  if (!element) continue;
                  const style = getComputedStyle(element);
                  for (const property of inner.style) values.push(`${inner.selectorText} ${property}: ${style.getPropertyValue(property)}`);
                }
          return values;
        }
        """);

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[0-9.]+)\s+(?<h>[0-9.]+)\s*\]")]
    private static partial Regex MediaBox();
}
