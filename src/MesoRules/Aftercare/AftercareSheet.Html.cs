using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <content>The sheet as an HTML document: one block per window, kept on one page in print.</content>
internal static partial class AftercareSheet
{
    private static string RenderHtml(AftercareSchedule schedule, TimeZoneInfo zone, CompiledTexts t)
    {
        var html = new HtmlDocument(t.Language, t[SheetText.Title], 4096 + (schedule.Windows.Length * 512));
        html.Open("header")
            .Element("h1", t[SheetText.Title])
            .Labelled(t[SheetText.SessionEnded], t.Language.LocalTime(schedule.SessionEnd, zone))
            .Element("p", $"{t[SheetText.TimesLocalTo]} {zone.Id}; {t[SheetText.OffsetNote]}.", "meta")
            .Close("header")
            .Element("h2", t[SheetText.WhatToAvoid]);
        if (schedule.Windows.IsEmpty)
        {
            html.Element("p", t[SheetText.NothingToAvoid]);
        }

        foreach (AftercareWindow window in schedule.Windows)
        {
            html.Open("section", "block")
                .Element("h3", window.Title)
                .StartTag("p").StartTag("strong").Text(Until(window, zone, t)).Markup("</strong>").Close("p")
                .Element("p", window.Guidance);
            if (window.IsPractitionerInstruction)
            {
                html.Element("p", window.OverrideReason is { } reason ? $"{t[SheetText.SetByPractitioner]}: {reason}" : $"{t[SheetText.SetByPractitioner]}.");
            }

            html.Labelled(t[SheetText.Rule], window.RuleId, "meta", code: true)
                .Close("section");
        }

        html.Element("h2", t[SheetText.GeneralCare])
            .Open("ul");
        foreach (AftercareGuidance item in schedule.Guidance)
        {
            html.StartTag("li").Text(item.Text).Markup(" <span class=\"meta\">(").Code(item.RuleId).Markup(")</span>").Close("li");
        }

        return html.Close("ul")
            .Open("footer")
            .Labelled(t[SheetText.PolicyVersion], schedule.PolicyVersion, "meta", code: true)
            .Close("footer")
            .End();
    }
}
