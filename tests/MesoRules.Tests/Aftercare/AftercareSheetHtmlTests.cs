using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Policy;
using MesoRules.Tests.Core;
using static MesoRules.Tests.Core.HtmlAssert;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

public class AftercareSheetHtmlTests
{
    private static readonly DateTimeOffset Session = new(2026, 3, 27, 10, 15, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages => [.. PatientLanguage.Shipped.Select(l => l.Tag)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_html_sheet_is_a_self_contained_document_in_the_schedules_language(string tag)
    {
        PatientLanguage language = PatientLanguage.Resolve(tag);
        AftercareSchedule schedule = Engine.Schedule([Session], language: language);
        string html = schedule.Render(London, DocumentFormat.Html);

        HtmlAssert.WellFormed(html, tag);
        string title = DocumentText.Html(MesoRulesPolicy.Default.TextsIn(language).Single(t => t.Id == "aftercare.sheet.title").Text);
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.All(schedule.Windows, w => Assert.Contains($"<h3>{DocumentText.Html(w.Title)}</h3>", html, StringComparison.Ordinal));
        Assert.All(schedule.Guidance, g => Assert.Contains(DocumentText.Html(g.Text), html, StringComparison.Ordinal));
        Assert.Contains($"<code>{MesoRulesPolicy.Default.Version}</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spanish_sheet_writes_its_own_words_and_dates()
    {
        string html = Engine.Schedule([Session], language: PatientLanguage.Spanish).Render(London, DocumentFormat.Html);

        Assert.Contains("<h1>Cuidados después de su sesión</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>Fin de la sesión:</strong> 27 de marzo de 2026 10:15 +00:00</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Exposición al sol y a los rayos UV</h3>\n<p><strong>Evitar hasta el 29 de marzo de 2026 11:15 +01:00.</strong></p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Cuidados generales</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_window_is_a_block_kept_on_one_page_and_the_page_fits_a4_and_letter()
    {
        AftercareSchedule schedule = Engine.Schedule([Session]);
        string html = schedule.Render(London, DocumentFormat.Html);

        Assert.Equal(schedule.Windows.Length, html.Split("<section class=\"block\">").Length - 1);
        Assert.Contains(".block, tr, li { break-inside: avoid; page-break-inside: avoid; }", html, StringComparison.Ordinal);
        Assert.Contains("@page { margin: 16mm 14mm; }", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![-\w])size\s*:", html);
        Assert.Contains("@media print {\n  body { font-size: 11pt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_practitioners_reason_and_a_clinics_wording_appear_only_escaped()
    {
        AftercareEngine engine = EngineWith(o => o.Texts["aftercare.sun.title"] = Hostile);
        AftercareInstruction instruction = new(AftercareActivity.HairWashing, TimeSpan.FromHours(30), TimeSpan.FromHours(30), Hostile);

        string html = engine.Schedule([Session], [instruction]).Render(London, DocumentFormat.Html);

        HtmlAssert.WellFormed(html, "en");
        Assert.Contains($"<h3>{HostileEscaped}</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<p>Set by your practitioner: {HostileEscaped}</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ThreadCulture.Unusual), MemberType = typeof(ThreadCulture))]
    public void Equal_inputs_give_byte_identical_html_under_any_current_culture(string culture)
    {
        string expected = Engine.Schedule([Session], language: PatientLanguage.French).Render(London, DocumentFormat.Html);
        string actual = ThreadCulture.Under(culture, () => new AftercareEngine().Schedule([Session.ToOffset(TimeSpan.FromHours(5))], language: PatientLanguage.French).Render(London, DocumentFormat.Html));

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));
    }

    [Fact]
    public void Plain_text_and_markdown_are_unchanged_by_the_html_format()
    {
        AftercareSchedule schedule = Engine.Schedule([Session]);

        Assert.StartsWith("AFTERCARE AFTER YOUR SESSION\nSession ended: 2026-03-27 10:15 +00:00\n", schedule.Render(London), StringComparison.Ordinal);
        Assert.StartsWith("# Aftercare after your session\n\n- **Session ended:** 2026-03-27 10:15 +00:00\n", schedule.Render(London, DocumentFormat.Markdown), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Any_practitioners_reason_appears_only_escaped_and_never_changes_the_markup() =>
        Prop.ForAll(DocumentTextTests.Texts().Where(t => !BlankText.IsBlank(t)).ToArbitrary(), reason =>
        {
            string html = Sheet(reason);
            return (html.Contains(DocumentText.Html(reason), StringComparison.Ordinal)
                && HtmlAssert.Tags(html).SequenceEqual(HtmlAssert.Tags(Sheet("reason")))).Label($"reason: {reason}");
        });

    private static string Sheet(string reason) =>
        Engine.Schedule([Session], [new AftercareInstruction(AftercareActivity.Swimming, TimeSpan.FromDays(3), TimeSpan.FromDays(4), reason)]).Render(London, DocumentFormat.Html);
}
