using System.Globalization;
using System.Text;
using MesoRules.Assessment;
using MesoRules.Localization;
using MesoRules.Patients;
using Microsoft.Extensions.Primitives;
using static MesoRules.Samples.AspNet.Documents.HtmlText;
using Q = MesoRules.Samples.AspNet.Documents.DocumentQuery;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>
/// The front desk: a form for a patient's key answers and, once submitted (a GET with a query string or a POSTed form),
/// the eligibility outcome with its notes, the plan's sessions and findings, and links to the three documents in the
/// patient's language. No script; every echoed value is escaped. Bad answers show the form again with the errors (400).
/// </summary>
internal static class FrontDesk
{
    public static readonly string[] Parameters = DocumentEndpoints.PlanParameters;

    private const string Style = """
        body{font-family:sans-serif;margin:2rem;max-width:60rem;color:#222}
        label{display:block;margin:.4rem 0}label span{display:inline-block;width:14rem}
        .errors{color:#a00}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
        @media print{form{display:none}body{margin:0}}
        """;

    public static IResult Get(HttpContext context, TreatmentAssessor assessor, TimeProvider time) =>
        Answer(context, context.Request.Query, assessor, time);

    // The form only asks for an assessment and changes nothing on the server, so a forged POST gains nothing: no antiforgery token.
    public static async Task<IResult> Post(HttpContext context, TreatmentAssessor assessor, TimeProvider time)
    {
        if (!context.Request.HasFormContentType)
        {
            throw new RequestBodyException("The request body must be a form (Content-Type: application/x-www-form-urlencoded).", StatusCodes.Status415UnsupportedMediaType);
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return Answer(context, form, assessor, time);
    }

    private static IResult Answer(HttpContext context, IEnumerable<KeyValuePair<string, StringValues>> values, TreatmentAssessor assessor, TimeProvider time)
    {
        Q query = Q.Read(values, Parameters, context.Request.Headers.AcceptLanguage, time);
        var body = new StringBuilder("<h1>Front desk: hair mesotherapy</h1>\n");
        WriteErrors(body, query);
        WriteForm(body, query);
        if (query.IsValid && !query.IsEmpty)
        {
            TreatmentAssessment assessment = assessor.Assess(DocumentEndpoints.PlanFor(query));
            FrontDeskResults.Write(body, query, assessment);
        }

        // The page itself is in English, for the clinician; the results section carries the patient's language.
        string page = Page("en", "Front desk", Style, body.ToString());
        return DocumentEndpoints.Html(context, query, page, query.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static void WriteErrors(StringBuilder body, Q query)
    {
        if (query.IsValid)
        {
            return;
        }

        body.Append("<ul class=\"errors\" id=\"errors\">\n");
        foreach ((string parameter, string message) in query.Errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            body.Append(CultureInfo.InvariantCulture, $"<li data-parameter=\"{Escape(parameter)}\">{Escape(message)}</li>\n");
        }

        body.Append("</ul>\n");
    }

    private static void WriteForm(StringBuilder body, Q query)
    {
        PatientProfile patient = query.Patient;
        body.Append("<form method=\"post\" action=\"/front-desk\">\n");
        Select(body, Q.Lang, "Patient's language", query.Language.Tag, PatientLanguage.Shipped.Select(l => (l.Tag, l.NativeName)));
        Input(body, Q.Age, "Age (years; empty if not known)", "number\" min=\"0\" max=\"130", query.Raw(Q.Age) ?? patient.AgeYears?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        Choice(body, Q.Severity, "Severity", patient.Severity);
        Choice(body, Q.Cause, "Cause of hair loss", patient.Cause);
        Choice(body, Q.Pregnancy, "Pregnant?", patient.Health.Pregnancy);
        Choice(body, Q.Breastfeeding, "Breastfeeding?", patient.Health.Breastfeeding);
        Choice(body, Q.Anticoagulants, "Taking anticoagulants?", patient.Health.Anticoagulants);
        Input(body, Q.Allergies, "Allergies (comma-separated; empty if none)", "text", query.Raw(Q.Allergies) ?? Allergies(patient));
        Input(body, Q.Start, "Course start", "date", query.Raw(Q.Start) ?? query.CourseStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Input(body, Q.Zone, "Clinic time zone (IANA id)", "text", query.Raw(Q.Zone) ?? query.TimeZone.Id);
        body.Append("<button type=\"submit\">Assess</button>\n</form>\n");
    }

    public static string Allergies(PatientProfile patient) => string.Join(", ", patient.Allergies.Select(a => a.Substance));

    private static void Input(StringBuilder body, string name, string label, string type, string value) =>
        body.Append(CultureInfo.InvariantCulture, $"<label><span>{Escape(label)}</span> <input type=\"{type}\" name=\"{name}\" id=\"{name}\" value=\"{Escape(value)}\"></label>\n");

    // A select shows the value read (or the sample's when the one sent did not read: the error says so).
    private static void Choice<T>(StringBuilder body, string name, string label, T current)
        where T : struct, Enum =>
        Select(body, name, label, current.ToString(), Enum.GetNames<T>().Select(n => (n, n)));

    private static void Select(StringBuilder body, string name, string label, string selected, IEnumerable<(string Value, string Text)> options)
    {
        body.Append(CultureInfo.InvariantCulture, $"<label><span>{Escape(label)}</span> <select name=\"{name}\" id=\"{name}\">");
        foreach ((string value, string text) in options)
        {
            string mark = string.Equals(value, selected, StringComparison.Ordinal) ? " selected" : string.Empty;
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Escape(value)}\"{mark}>{Escape(text)}</option>");
        }

        body.Append("</select></label>\n");
    }
}
