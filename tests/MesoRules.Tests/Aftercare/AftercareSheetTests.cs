using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Policy;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

public class AftercareSheetTests
{
    private static readonly DateTimeOffset Session = new(2026, 3, 27, 10, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DocumentFormat.PlainText)]
    [InlineData(DocumentFormat.Markdown)]
    public void Equal_inputs_give_byte_identical_sheets(DocumentFormat format)
    {
        string first = Engine.Schedule([Session]).Render(London, format);
        string second = new AftercareEngine().Schedule([Session.ToOffset(TimeSpan.FromHours(5))]).Render(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), format);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(first), System.Text.Encoding.UTF8.GetBytes(second));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sheet_does_not_depend_on_the_current_culture()
    {
        string invariant = Engine.Schedule([Session]).Render(London);
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(invariant, Engine.Schedule([Session]).Render(London));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_plain_text_sheet_lists_each_restriction_with_local_times_rule_ids_guidance_and_policy_version()
    {
        string sheet = Engine.Schedule([Session]).Render(London);

        Assert.StartsWith(
            "AFTERCARE AFTER YOUR SESSION\n" +
            "Session ended: 2026-03-27 10:15 +00:00\n" +
            "Times are local to Europe/London; the UTC offset follows each time.\n" +
            "\n" +
            "WHAT TO AVOID, AND UNTIL WHEN\n" +
            "- Touching or scratching the treated area\n" +
            "  Avoid until at least 2026-03-27 13:15 +00:00; better to wait until 2026-03-27 16:15 +00:00.\n",
            sheet,
            StringComparison.Ordinal);
        Assert.Contains(
            "- Sun and UV exposure\n" +
            "  Avoid until 2026-03-29 11:15 +01:00.\n" +
            "  Keep your scalp out of strong sunlight and away from sunbeds and other UV light.\n" +
            "  Rule: aftercare.sun\n",
            sheet,
            StringComparison.Ordinal);
        Assert.Contains("  Avoid until at least 2026-03-27 14:15 +00:00; better to wait until 2026-03-28 10:15 +00:00.\n  Wait before washing", sheet, StringComparison.Ordinal);
        Assert.Contains("GENERAL CARE\n- Wash with a mild shampoo", sheet, StringComparison.Ordinal);
        foreach (AftercareRestriction restriction in Engine.Restrictions)
        {
            Assert.Contains($"  Rule: {restriction.RuleId}\n", sheet, StringComparison.Ordinal);
        }

        foreach (AftercareGuidance guidance in Engine.Guidance)
        {
            Assert.Contains($"- {guidance.Text} [{guidance.RuleId}]\n", sheet, StringComparison.Ordinal);
        }

        Assert.EndsWith($"\nPolicy version: {MesoRulesPolicy.Default.Version}\n", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_sheet_has_a_table_of_windows_the_guidance_and_the_policy_version()
    {
        string sheet = Engine.Schedule([Session]).Render(London, DocumentFormat.Markdown);

        Assert.StartsWith("# Aftercare after your session\n\n- **Session ended:** 2026-03-27 10:15 +00:00\n", sheet, StringComparison.Ordinal);
        Assert.Contains("| Activity | Avoid at least until | Better to wait until | Rule |\n|---|---|---|---|\n", sheet, StringComparison.Ordinal);
        Assert.Contains("| Sun and UV exposure | 2026-03-29 11:15 +01:00 | 2026-03-29 11:15 +01:00 | `aftercare.sun` |\n", sheet, StringComparison.Ordinal);
        Assert.Contains("## General care\n\n- Wash with a mild shampoo that suits your hair type; avoid harsh or drying products. (`aftercare.guidance.gentle-shampoo`)\n", sheet, StringComparison.Ordinal);
        Assert.EndsWith($"\nPolicy version: `{MesoRulesPolicy.Default.Version}`\n", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_practitioners_instruction_and_its_reason_appear_on_the_sheet_with_markdown_escaped()
    {
        AftercareInstruction instruction = new(AftercareActivity.HairWashing, TimeSpan.FromHours(2), TimeSpan.FromHours(2), "Rinse | *gel*\nresidue");

        string text = Engine.Schedule([Session], [instruction]).Render(London, DocumentFormat.PlainText);
        string markdown = Engine.Schedule([Session], [instruction]).Render(London, DocumentFormat.Markdown);

        Assert.Contains("  Avoid until 2026-03-27 12:15 +00:00.\n", text, StringComparison.Ordinal);
        Assert.Contains("  Set by your practitioner: Rinse | *gel* residue\n", text, StringComparison.Ordinal);
        Assert.Contains("*Set by your practitioner: Rinse \\| \\*gel\\* residue*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void End_times_are_rounded_up_to_the_minute_so_the_sheet_never_shows_an_earlier_time()
    {
        DateTimeOffset session = Session.AddSeconds(30);
        string sheet = Engine.Schedule([session]).Render(London);

        Assert.Contains("Session ended: 2026-03-27 10:15 +00:00\n", sheet, StringComparison.Ordinal);
        Assert.Contains("Avoid until 2026-03-29 11:16 +01:00.", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_can_be_rendered_from_a_schedule_of_several_sessions()
    {
        AftercareSchedule schedule = Engine.Schedule([Session.AddDays(-14), Session]);
        Assert.Equal(Engine.Schedule([Session]).Render(London), schedule.Render(London, DocumentFormat.PlainText));
    }

    [Fact]
    public void Rendering_checks_its_arguments()
    {
        AftercareSchedule schedule = Engine.Schedule([Session]);
        Assert.Throws<ArgumentNullException>("zone", () => schedule.Render(null!, DocumentFormat.PlainText));
        Assert.Throws<ArgumentOutOfRangeException>("format", () => schedule.Render(London, (DocumentFormat)7));
        Assert.Throws<ArgumentNullException>("zone", () => Engine.Schedule([Session]).Render(null!));
        Assert.Throws<ArgumentOutOfRangeException>("format", () => Engine.Schedule([Session]).Render(London, (DocumentFormat)7));
    }

    [Fact]
    public void The_sheets_own_words_are_the_policys_and_a_clinic_rewords_them_by_id()
    {
        AftercareEngine german = EngineWith(o =>
        {
            o.Texts["aftercare.sheet.title"] = "Nachsorge nach Ihrer Sitzung";
            o.Texts["aftercare.sheet.general-care"] = "Allgemeine Pflege";
            o.Texts["aftercare.sheet.avoid-until"] = "Meiden bis {time}.";
            o.Texts["aftercare.sheet.activity"] = "Tätigkeit";
            o.Texts["aftercare.sun.title"] = "Sonne";
        });

        string plain = german.Schedule([Session]).Render(London);
        string markdown = german.Schedule([Session]).Render(London, DocumentFormat.Markdown);

        Assert.StartsWith("NACHSORGE NACH IHRER SITZUNG\n", plain, StringComparison.Ordinal);
        Assert.Contains("- Sonne\n  Meiden bis 2026-03-29 11:15 +01:00.\n", plain, StringComparison.Ordinal);
        Assert.Contains("\nALLGEMEINE PFLEGE\n", plain, StringComparison.Ordinal);
        Assert.StartsWith("# Nachsorge nach Ihrer Sitzung\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Tätigkeit | Avoid at least until |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Allgemeine Pflege\n", markdown, StringComparison.Ordinal);

        // A schedule read back from JSON carries no policy: its sheet has the library's words.
        AftercareSchedule stored = MesoRules.Serialization.MesoRulesJson.Deserialize<AftercareSchedule>(MesoRules.Serialization.MesoRulesJson.Serialize(german.Schedule([Session])));
        Assert.StartsWith("AFTERCARE AFTER YOUR SESSION\n", stored.Render(London), StringComparison.Ordinal);
    }
}
