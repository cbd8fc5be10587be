using System.Globalization;
using System.Text;
using MesoRules.Localization;
using MesoRules.Planning;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>
/// Until the library renders HTML documents itself: the library's plain-text document, escaped, in a minimal page with
/// print styles. Replaced by <c>DocumentFormat.Html</c> when that lands.
/// </summary>
internal static class InterimDocuments
{
    private const string Style = "body{font-family:sans-serif;margin:2rem;color:#222;background:#f4f6f8}pre{white-space:pre-wrap;background:#fff;padding:1rem}@media print{body{margin:0;background:#fff}pre{padding:0}}";

    public static string Wrap(PatientLanguage language, string title, string text) =>
        HtmlText.Page(language.Tag, title, Style, $"<pre>{HtmlText.Escape(text)}</pre>");

    /// <summary>The plan as plain text: its sessions in the clinic zone, the follow-up visit and the findings.</summary>
    public static string PlanText(SessionPlan plan, TimeZoneInfo zone)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"SESSION PLAN ({plan.Eligibility})\n");
        foreach (PlannedSession session in plan.Sessions)
        {
            DateTimeOffset start = TimeZoneInfo.ConvertTime(session.Start, zone);
            text.Append(CultureInfo.InvariantCulture, $"{session.Number}. {start:yyyy-MM-dd HH:mm zzz} {session.Phase}\n");
        }

        if (plan.FollowUp is { } followUp)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{followUp.Date:yyyy-MM-dd}: {followUp.Text}\n");
        }

        foreach (PlanFinding finding in plan.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n[{finding.RuleId}] {finding.Text}");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n\nPolicy version: {plan.PolicyVersion}\n");
        return text.ToString();
    }
}
