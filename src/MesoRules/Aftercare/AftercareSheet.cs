using MesoRules.Core;
using System.Globalization;
using System.Text;

namespace MesoRules.Aftercare;

/// <summary>Writes an <see cref="AftercareSchedule"/> as a sheet; see <see cref="AftercareSchedule.Render"/> for the guarantees.</summary>
internal static class AftercareSheet
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm zzz";

    public static string Render(AftercareSchedule schedule, TimeZoneInfo zone, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        DocumentFormats.ThrowIfUndefined(format, nameof(format));
        return format == DocumentFormat.Markdown ? RenderMarkdown(schedule, zone) : RenderPlainText(schedule, zone);
    }

    private static string RenderPlainText(AftercareSchedule schedule, TimeZoneInfo zone)
    {
        var text = new StringBuilder(4096);
        Line(text, "AFTERCARE AFTER YOUR SESSION");
        Line(text, $"Session ended: {Start(schedule.SessionEnd, zone)}");
        Line(text, $"Times are local to {zone.Id}; the UTC offset follows each time.");
        Line(text);
        Line(text, "WHAT TO AVOID, AND UNTIL WHEN");
        if (schedule.Windows.IsEmpty)
        {
            Line(text, "Nothing to avoid.");
        }

        foreach (AftercareWindow window in schedule.Windows)
        {
            Line(text, $"- {OneLine(window.Title)}");
            Line(text, $"  {Until(window, zone)}");
            Line(text, $"  {OneLine(window.Guidance)}");
            if (window.IsPractitionerInstruction)
            {
                Line(text, window.OverrideReason is { } reason ? $"  Set by your practitioner: {OneLine(reason)}" : "  Set by your practitioner.");
            }

            Line(text, $"  Rule: {window.RuleId}");
        }

        Line(text);
        Line(text, "GENERAL CARE");
        foreach (AftercareGuidance item in schedule.Guidance)
        {
            Line(text, $"- {OneLine(item.Text)} [{item.RuleId}]");
        }

        Line(text);
        Line(text, $"Policy version: {schedule.PolicyVersion}");
        return text.ToString();
    }

    private static string RenderMarkdown(AftercareSchedule schedule, TimeZoneInfo zone)
    {
        var text = new StringBuilder(4096);
        Line(text, "# Aftercare after your session");
        Line(text);
        Line(text, $"- **Session ended:** {Start(schedule.SessionEnd, zone)}");
        Line(text, $"- **Times are local to:** {Escape(zone.Id)} (the UTC offset follows each time)");
        Line(text);
        Line(text, "## What to avoid, and until when");
        Line(text);
        if (schedule.Windows.IsEmpty)
        {
            Line(text, "Nothing to avoid.");
        }
        else
        {
            Line(text, "| Activity | Avoid at least until | Better to wait until | Rule |");
            Line(text, "|---|---|---|---|");
            foreach (AftercareWindow window in schedule.Windows)
            {
                Line(text, $"| {Escape(window.Title)} | {End(window.MinimumEnd, zone)} | {End(window.RecommendedEnd, zone)} | `{window.RuleId}` |");
            }

            Line(text);
            foreach (AftercareWindow window in schedule.Windows)
            {
                string instruction = !window.IsPractitionerInstruction ? string.Empty
                    : window.OverrideReason is { } reason ? $" *Set by your practitioner: {Escape(reason)}*"
                    : " *Set by your practitioner.*";
                Line(text, $"- **{Escape(window.Title)}:** {Escape(window.Guidance)}{instruction}");
            }
        }

        Line(text);
        Line(text, "## General care");
        Line(text);
        foreach (AftercareGuidance item in schedule.Guidance)
        {
            Line(text, $"- {Escape(item.Text)} (`{item.RuleId}`)");
        }

        Line(text);
        Line(text, $"Policy version: `{schedule.PolicyVersion}`");
        return text.ToString();
    }

    private static string Until(AftercareWindow window, TimeZoneInfo zone)
    {
        string minimum = End(window.MinimumEnd, zone);
        string recommended = End(window.RecommendedEnd, zone);
        return minimum == recommended
            ? $"Avoid until {minimum}."
            : $"Avoid until at least {minimum}; better to wait until {recommended}.";
    }

    private static string Start(DateTimeOffset instant, TimeZoneInfo zone)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute)).ToString(TimeFormat, CultureInfo.InvariantCulture);
    }

    // Rounded up on the instant, then converted, so the offset shown is the one in force at the shown time.
    private static string End(DateTimeOffset instant, TimeZoneInfo zone)
    {
        long remainder = instant.UtcTicks % TimeSpan.TicksPerMinute;
        DateTimeOffset rounded = remainder == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerMinute - remainder);
        return TimeZoneInfo.ConvertTime(rounded, zone).ToString(TimeFormat, CultureInfo.InvariantCulture);
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');

    private static string OneLine(string value) =>
        value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    private static string Escape(string value)
    {
        string line = OneLine(value);
        var text = new StringBuilder(line.Length + 8);
        foreach (char c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '|' or '[' or ']' or '<' or '>' or '#')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
