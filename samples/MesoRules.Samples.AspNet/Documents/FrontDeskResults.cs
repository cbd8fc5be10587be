using System.Globalization;
using System.Text;
using MesoRules.Assessment;
using MesoRules.Eligibility;
using MesoRules.Planning;
using static MesoRules.Samples.AspNet.Documents.HtmlText;
using Q = MesoRules.Samples.AspNet.Documents.DocumentQuery;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>The front desk's answer: the outcome with its notes, the plan, and links to the documents, in the patient's language.</summary>
internal static class FrontDeskResults
{
    public static void Write(StringBuilder body, Q query, TreatmentAssessment assessment)
    {
        EligibilityAssessment eligibility = assessment.Eligibility;
        SessionPlan plan = assessment.Plan;
        body.Append(CultureInfo.InvariantCulture, $"<section id=\"results\" lang=\"{Escape(eligibility.Language.Tag)}\">\n");
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"outcome\" data-outcome=\"{eligibility.Outcome}\">Eligibility: {eligibility.Outcome}</h2>\n<ul id=\"notes\">\n");
        foreach (EligibilityNote note in eligibility.Notes)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li data-rule=\"{Escape(note.RuleId)}\"><strong>{note.Outcome}</strong>: {Escape(note.Text)} <code>{Escape(note.RuleId)}</code></li>\n");
        }

        body.Append("</ul>\n");
        WritePlan(body, query, plan);
        WriteLinks(body, query, plan);
        body.Append(CultureInfo.InvariantCulture, $"<p>Policy version <code>{Escape(assessment.PolicyVersion)}</code></p>\n</section>\n");
    }

    private static void WritePlan(StringBuilder body, Q query, SessionPlan plan)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h2>Session plan ({Escape(query.TimeZone.Id)})</h2>\n");
        if (plan.Sessions.IsEmpty)
        {
            body.Append("<p id=\"sessions\">No sessions are planned.</p>\n");
        }
        else
        {
            body.Append("<table id=\"sessions\"><thead><tr><th>#</th><th>Phase</th><th>Start</th></tr></thead><tbody>\n");
            foreach (PlannedSession session in plan.Sessions)
            {
                DateTimeOffset start = TimeZoneInfo.ConvertTime(session.Start, query.TimeZone);
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{session.Number}</td><td>{session.Phase}</td><td>{start:yyyy-MM-dd HH:mm zzz}</td></tr>\n");
            }

            body.Append("</tbody></table>\n");
        }

        if (plan.FollowUp is { } followUp)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p id=\"follow-up\">{followUp.Date:yyyy-MM-dd}: {Escape(followUp.Text)} <code>{Escape(followUp.RuleId)}</code></p>\n");
        }

        body.Append("<h3>Findings</h3>\n<ul id=\"findings\">\n");
        foreach (PlanFinding finding in plan.Findings)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li data-rule=\"{Escape(finding.RuleId)}\"><strong>{finding.Kind}</strong>: {Escape(finding.Text)} <code>{Escape(finding.RuleId)}</code></li>\n");
        }

        body.Append("</ul>\n");
    }

    private static void WriteLinks(StringBuilder body, Q query, SessionPlan plan)
    {
        string lang = query.Language.Tag;
        string zone = query.TimeZone.Id;
        string start = query.CourseStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (string, string)[] patient =
        [
            (Q.Age, query.Patient.AgeYears?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            (Q.Severity, query.Patient.Severity.ToString()),
            (Q.Cause, query.Patient.Cause.ToString()),
            (Q.Pregnancy, query.Patient.Health.Pregnancy.ToString()),
            (Q.Breastfeeding, query.Patient.Health.Breastfeeding.ToString()),
            (Q.Anticoagulants, query.Patient.Health.Anticoagulants.ToString()),
            (Q.Allergies, FrontDesk.Allergies(query.Patient)),
        ];

        body.Append("<h2>Documents</h2>\n<ul id=\"documents\">\n");
        Link(body, "disclosure", "Risk disclosure", [(Q.Lang, lang), .. patient]);
        Link(body, "plan", "Session plan", [(Q.Lang, lang), .. patient, (Q.Start, start), (Q.Zone, zone)]);

        // The aftercare sheet after the first planned session; none when no session is planned.
        if (!plan.Sessions.IsEmpty)
        {
            string end = plan.Sessions[0].End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            Link(body, "aftercare", "Aftercare after the first session", [(Q.Lang, lang), (Q.SessionEnd, end), (Q.Zone, zone)]);
        }

        body.Append("</ul>\n");
    }

    private static void Link(StringBuilder body, string document, string text, (string Name, string Value)[] parameters)
    {
        string query = string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        body.Append(CultureInfo.InvariantCulture, $"<li><a id=\"document-{document}\" href=\"{Escape($"/documents/{document}?{query}")}\">{Escape(text)}</a></li>\n");
    }
}
