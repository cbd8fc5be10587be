using System.Text;
using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>Writes an <see cref="AftercareSchedule"/> as a sheet; see <see cref="AftercareSchedule.Render"/> for the guarantees.</summary>
internal static partial class AftercareSheet
{
    public static string Render(AftercareSchedule schedule, TimeZoneInfo zone, DocumentFormat format, CompiledTexts texts)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        DocumentFormats.ThrowIfUndefined(format, nameof(format));
        return format switch
        {
            DocumentFormat.Markdown => RenderMarkdown(schedule, zone, texts),
            DocumentFormat.Html => RenderHtml(schedule, zone, texts),
            _ => RenderPlainText(schedule, zone, texts),
        };
    }

    /// <summary>The ids and the library's wording of the sheet's own words; the plain-text sheet writes its headings in capitals.</summary>
    internal static IEnumerable<TextDefault> SheetTexts =>
    [
        Word(SheetText.Title, "Aftercare after your session"),
        Word(SheetText.SessionEnded, "Session ended"),
        Word(SheetText.TimesLocalTo, "Times are local to"),
        Word(SheetText.OffsetNote, "the UTC offset follows each time"),
        Word(SheetText.WhatToAvoid, "What to avoid, and until when"),
        Word(SheetText.NothingToAvoid, "Nothing to avoid."),
        Word(SheetText.AvoidUntil, "Avoid until {time}."),
        Word(SheetText.AvoidUntilAtLeast, "Avoid until at least {minimum}; better to wait until {recommended}."),
        Word(SheetText.Activity, "Activity"),
        Word(SheetText.AvoidAtLeastUntil, "Avoid at least until"),
        Word(SheetText.BetterToWaitUntil, "Better to wait until"),
        Word(SheetText.Rule, "Rule"),
        Word(SheetText.SetByPractitioner, "Set by your practitioner"),
        Word(SheetText.GeneralCare, "General care"),
        Word(SheetText.PolicyVersion, "Policy version"),
    ];

    private static TextDefault Word(string id, string text) => new(id, "aftercare", text, AftercareOptions.TitleLength, oneLine: true);

    private static string RenderPlainText(AftercareSchedule schedule, TimeZoneInfo zone, CompiledTexts t)
    {
        var text = new StringBuilder(4096);
        Line(text, t[SheetText.Title].ToUpperInvariant());
        Line(text, $"{t[SheetText.SessionEnded]}: {t.Language.LocalTime(schedule.SessionEnd, zone)}");
        Line(text, $"{t[SheetText.TimesLocalTo]} {zone.Id}; {t[SheetText.OffsetNote]}.");
        Line(text);
        Line(text, t[SheetText.WhatToAvoid].ToUpperInvariant());
        if (schedule.Windows.IsEmpty)
        {
            Line(text, t[SheetText.NothingToAvoid]);
        }

        foreach (AftercareWindow window in schedule.Windows)
        {
            Line(text, $"- {DocumentText.OneLine(window.Title)}");
            Line(text, $"  {Until(window, zone, t)}");
            Line(text, $"  {DocumentText.OneLine(window.Guidance)}");
            if (window.IsPractitionerInstruction)
            {
                Line(text, window.OverrideReason is { } reason ? $"  {t[SheetText.SetByPractitioner]}: {DocumentText.OneLine(reason)}" : $"  {t[SheetText.SetByPractitioner]}.");
            }

            Line(text, $"  {t[SheetText.Rule]}: {window.RuleId}");
        }

        Line(text);
        Line(text, t[SheetText.GeneralCare].ToUpperInvariant());
        foreach (AftercareGuidance item in schedule.Guidance)
        {
            Line(text, $"- {DocumentText.OneLine(item.Text)} [{item.RuleId}]");
        }

        Line(text);
        Line(text, $"{t[SheetText.PolicyVersion]}: {schedule.PolicyVersion}");
        return text.ToString();
    }

    private static string RenderMarkdown(AftercareSchedule schedule, TimeZoneInfo zone, CompiledTexts t)
    {
        var text = new StringBuilder(4096);
        Line(text, $"# {DocumentText.Markdown(t[SheetText.Title])}");
        Line(text);
        Line(text, $"- **{DocumentText.Markdown(t[SheetText.SessionEnded])}:** {t.Language.LocalTime(schedule.SessionEnd, zone)}");
        Line(text, $"- **{DocumentText.Markdown(t[SheetText.TimesLocalTo])}:** {DocumentText.Markdown(zone.Id)} ({DocumentText.Markdown(t[SheetText.OffsetNote])})");
        Line(text);
        Line(text, $"## {DocumentText.Markdown(t[SheetText.WhatToAvoid])}");
        Line(text);
        if (schedule.Windows.IsEmpty)
        {
            Line(text, DocumentText.Markdown(t[SheetText.NothingToAvoid]));
        }
        else
        {
            Line(text, $"| {DocumentText.Markdown(t[SheetText.Activity])} | {DocumentText.Markdown(t[SheetText.AvoidAtLeastUntil])} | {DocumentText.Markdown(t[SheetText.BetterToWaitUntil])} | {DocumentText.Markdown(t[SheetText.Rule])} |");
            Line(text, "|---|---|---|---|");
            foreach (AftercareWindow window in schedule.Windows)
            {
                Line(text, $"| {DocumentText.Markdown(window.Title)} | {t.Language.LocalTimeRoundedUp(window.MinimumEnd, zone)} | {t.Language.LocalTimeRoundedUp(window.RecommendedEnd, zone)} | `{window.RuleId}` |");
            }

            Line(text);
            string setBy = DocumentText.Markdown(t[SheetText.SetByPractitioner]);
            foreach (AftercareWindow window in schedule.Windows)
            {
                string instruction = !window.IsPractitionerInstruction ? string.Empty
                    : window.OverrideReason is { } reason ? $" *{setBy}: {DocumentText.Markdown(reason)}*"
                    : $" *{setBy}.*";
                Line(text, $"- **{DocumentText.Markdown(window.Title)}:** {DocumentText.Markdown(window.Guidance)}{instruction}");
            }
        }

        Line(text);
        Line(text, $"## {DocumentText.Markdown(t[SheetText.GeneralCare])}");
        Line(text);
        foreach (AftercareGuidance item in schedule.Guidance)
        {
            Line(text, $"- {DocumentText.Markdown(item.Text)} (`{item.RuleId}`)");
        }

        Line(text);
        Line(text, $"{t[SheetText.PolicyVersion]}: `{schedule.PolicyVersion}`");
        return text.ToString();
    }

    private static string Until(AftercareWindow window, TimeZoneInfo zone, CompiledTexts t)
    {
        string minimum = t.Language.LocalTimeRoundedUp(window.MinimumEnd, zone);
        string recommended = t.Language.LocalTimeRoundedUp(window.RecommendedEnd, zone);
        return minimum == recommended
            ? t.Format(SheetText.AvoidUntil, ("time", minimum))
            : t.Format(SheetText.AvoidUntilAtLeast, ("minimum", minimum), ("recommended", recommended));
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}

/// <summary>The ids of the aftercare sheet's own words.</summary>
internal static class SheetText
{
    public const string Title = "aftercare.sheet.title";
    public const string SessionEnded = "aftercare.sheet.session-ended";
    public const string TimesLocalTo = "aftercare.sheet.times-local-to";
    public const string OffsetNote = "aftercare.sheet.offset-note";
    public const string WhatToAvoid = "aftercare.sheet.what-to-avoid";
    public const string NothingToAvoid = "aftercare.sheet.nothing-to-avoid";
    public const string AvoidUntil = "aftercare.sheet.avoid-until";
    public const string AvoidUntilAtLeast = "aftercare.sheet.avoid-until-at-least";
    public const string Activity = "aftercare.sheet.activity";
    public const string AvoidAtLeastUntil = "aftercare.sheet.avoid-at-least-until";
    public const string BetterToWaitUntil = "aftercare.sheet.better-to-wait-until";
    public const string Rule = "aftercare.sheet.rule";
    public const string SetByPractitioner = "aftercare.sheet.set-by-practitioner";
    public const string GeneralCare = "aftercare.sheet.general-care";
    public const string PolicyVersion = "aftercare.sheet.policy-version";
}
