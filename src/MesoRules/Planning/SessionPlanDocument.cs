using System.Globalization;
using System.Text;
using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>Writes a <see cref="SessionPlan"/> as a patient document; see <see cref="SessionPlan.Render"/> for the guarantees.</summary>
internal static class SessionPlanDocument
{
    public static string Render(SessionPlan plan, TimeZoneInfo zone, DocumentFormat format, CompiledTexts texts)
    {
        ArgumentNullException.ThrowIfNull(zone);
        DocumentFormats.ThrowIfUndefined(format, nameof(format));
        var content = new Content(plan, zone, texts);
        return format switch
        {
            DocumentFormat.Markdown => Markdown(content, texts),
            DocumentFormat.Html => Html(content, texts),
            _ => PlainText(content, texts),
        };
    }

    /// <summary>The ids and the library's wording of the document's own words.</summary>
    internal static IEnumerable<TextDefault> Words =>
    [
        Word(PlanDocumentText.Title, "Your treatment plan"),
        Word(PlanDocumentText.TimesLocalTo, "Times are local to {zone}; the UTC offset follows each time."),
        Word(PlanDocumentText.Sessions, "Sessions"),
        Word(PlanDocumentText.Session, "Session"),
        Word(PlanDocumentText.Phase, "Phase"),
        Word(PlanDocumentText.Date, "Date"),
        Word(PlanDocumentText.Status, "Status"),
        Word(PlanDocumentText.StatusDone, "done"),
        Word(PlanDocumentText.StatusPlanned, "planned"),
        Word(PlanDocumentText.PhaseName(SessionPhase.Initial), "Initial session"),
        Word(PlanDocumentText.PhaseName(SessionPhase.Review), "Review visit"),
        Word(PlanDocumentText.PhaseName(SessionPhase.Maintenance), "Maintenance session"),
        Word(PlanDocumentText.NoSessions, "No sessions are planned."),
        Word(PlanDocumentText.FollowUp, "Follow-up visit"),
        Word(PlanDocumentText.ContactClinicIf, "Contact the clinic at any time, before or after this visit, if you notice any of these signs:"),
        Word(PlanDocumentText.Notes, "Notes"),
        Word(PlanDocumentText.PolicyVersion, "Policy version"),
    ];

    private static TextDefault Word(string id, string text) => new(id, "planning", text, PlanningOptions.WordLength, oneLine: true);

    private static string PlainText(Content c, CompiledTexts t)
    {
        var text = new StringBuilder(2048);
        Line(text, t[PlanDocumentText.Title].ToUpperInvariant());
        Line(text, DocumentText.OneLine(c.TimesLocal));
        Line(text);
        Line(text, t[PlanDocumentText.Sessions].ToUpperInvariant());
        if (c.Sessions.Length == 0)
        {
            Line(text, t[PlanDocumentText.NoSessions]);
        }

        foreach (SessionRow row in c.Sessions)
        {
            Line(text, $"- {t[PlanDocumentText.Session]} {row.Number}, {row.Phase}: {row.Start} ({row.Status})");
        }

        if (c.FollowUp is { } followUp)
        {
            Line(text);
            Line(text, t[PlanDocumentText.FollowUp].ToUpperInvariant());
            Line(text, $"{t[PlanDocumentText.Date]}: {c.FollowUpDate}");
            Line(text, DocumentText.OneLine(followUp.Text));
            Line(text, t[PlanDocumentText.ContactClinicIf]);
            foreach (Disclosure.DisclosureStatement sign in followUp.ContactClinicIf)
            {
                Line(text, $"- {DocumentText.OneLine(sign.Title)}: {DocumentText.OneLine(sign.Text)}");
            }
        }

        if (c.Notes.Count > 0)
        {
            Line(text);
            Line(text, t[PlanDocumentText.Notes].ToUpperInvariant());
            foreach (PlanFinding note in c.Notes)
            {
                Line(text, $"- {DocumentText.OneLine(note.Text)} [{note.RuleId}]");
            }
        }

        Line(text);
        Line(text, $"{t[PlanDocumentText.PolicyVersion]}: {c.Plan.PolicyVersion}");
        return text.ToString();
    }

    private static string Markdown(Content c, CompiledTexts t)
    {
        var text = new StringBuilder(2048);
        Line(text, $"# {DocumentText.Markdown(t[PlanDocumentText.Title])}");
        Line(text);
        Line(text, DocumentText.Markdown(c.TimesLocal));
        Line(text);
        Line(text, $"## {DocumentText.Markdown(t[PlanDocumentText.Sessions])}");
        Line(text);
        if (c.Sessions.Length == 0)
        {
            Line(text, DocumentText.Markdown(t[PlanDocumentText.NoSessions]));
        }
        else
        {
            Line(text, $"| {DocumentText.Markdown(t[PlanDocumentText.Session])} | {DocumentText.Markdown(t[PlanDocumentText.Phase])} | {DocumentText.Markdown(t[PlanDocumentText.Date])} | {DocumentText.Markdown(t[PlanDocumentText.Status])} |");
            Line(text, "|---|---|---|---|");
            foreach (SessionRow row in c.Sessions)
            {
                Line(text, $"| {row.Number} | {DocumentText.Markdown(row.Phase)} | {row.Start} | {DocumentText.Markdown(row.Status)} |");
            }
        }

        if (c.FollowUp is { } followUp)
        {
            Line(text);
            Line(text, $"## {DocumentText.Markdown(t[PlanDocumentText.FollowUp])}");
            Line(text);
            Line(text, $"- **{DocumentText.Markdown(t[PlanDocumentText.Date])}:** {c.FollowUpDate}");
            Line(text);
            Line(text, DocumentText.Markdown(followUp.Text));
            Line(text);
            Line(text, DocumentText.Markdown(t[PlanDocumentText.ContactClinicIf]));
            Line(text);
            foreach (Disclosure.DisclosureStatement sign in followUp.ContactClinicIf)
            {
                Line(text, $"- **{DocumentText.Markdown(sign.Title)}:** {DocumentText.Markdown(sign.Text)}");
            }
        }

        if (c.Notes.Count > 0)
        {
            Line(text);
            Line(text, $"## {DocumentText.Markdown(t[PlanDocumentText.Notes])}");
            Line(text);
            foreach (PlanFinding note in c.Notes)
            {
                Line(text, $"- {DocumentText.Markdown(note.Text)} (`{note.RuleId}`)");
            }
        }

        Line(text);
        Line(text, $"{DocumentText.Markdown(t[PlanDocumentText.PolicyVersion])}: `{c.Plan.PolicyVersion}`");
        return text.ToString();
    }

    private static string Html(Content c, CompiledTexts t)
    {
        var html = new HtmlDocument(t.Language, t[PlanDocumentText.Title], 2048 + (c.Sessions.Length * 160));
        html.Open("header")
            .Element("h1", t[PlanDocumentText.Title])
            .Element("p", c.TimesLocal, "meta")
            .Close("header")
            .Element("h2", t[PlanDocumentText.Sessions]);
        if (c.Sessions.Length == 0)
        {
            html.Element("p", t[PlanDocumentText.NoSessions]);
        }
        else
        {
            html.Open("table").Open("thead").Open("tr")
                .Element("th", t[PlanDocumentText.Session]).Element("th", t[PlanDocumentText.Phase]).Element("th", t[PlanDocumentText.Date]).Element("th", t[PlanDocumentText.Status])
                .Close("tr").Close("thead").Open("tbody");
            foreach (SessionRow row in c.Sessions)
            {
                html.Open("tr").Element("td", row.Number).Element("td", row.Phase).Element("td", row.Start).Element("td", row.Status).Close("tr");
            }

            html.Close("tbody").Close("table");
        }

        if (c.FollowUp is { } followUp)
        {
            html.Open("section", "block")
                .Element("h2", t[PlanDocumentText.FollowUp])
                .Labelled(t[PlanDocumentText.Date], c.FollowUpDate)
                .Element("p", followUp.Text)
                .Element("p", t[PlanDocumentText.ContactClinicIf])
                .Open("ul");
            foreach (Disclosure.DisclosureStatement sign in followUp.ContactClinicIf)
            {
                html.StartTag("li").StartTag("strong").Text(sign.Title).Markup(":</strong> ").Text(sign.Text).Close("li");
            }

            html.Close("ul").Close("section");
        }

        if (c.Notes.Count > 0)
        {
            html.Element("h2", t[PlanDocumentText.Notes]).Open("ul");
            foreach (PlanFinding note in c.Notes)
            {
                html.StartTag("li").Text(note.Text).Markup(" <span class=\"meta\">(").Code(note.RuleId).Markup(")</span>").Close("li");
            }

            html.Close("ul");
        }

        return html.Open("footer")
            .Labelled(t[PlanDocumentText.PolicyVersion], c.Plan.PolicyVersion, "meta", code: true)
            .Close("footer")
            .End();
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');

    /// <summary>One session as every format shows it: its number, phase, local start and status, in the plan's words.</summary>
    private readonly record struct SessionRow(string Number, string Phase, string Start, string Status);

    /// <summary>What every format shows, worded once: the sessions, the follow-up visit and the findings shown as notes.</summary>
    private sealed class Content
    {
        public Content(SessionPlan plan, TimeZoneInfo zone, CompiledTexts t)
        {
            Plan = plan;
            TimesLocal = t.Format(PlanDocumentText.TimesLocalTo, ("zone", zone.Id));
            Sessions = [.. plan.Sessions.Select(s => new SessionRow(
                s.Number.ToString(CultureInfo.InvariantCulture),
                t[PlanDocumentText.PhaseName(s.Phase)],
                t.Language.LocalTime(s.Start, zone),
                t[s.Completed ? PlanDocumentText.StatusDone : PlanDocumentText.StatusPlanned]))];
            FollowUp = plan.FollowUp;
            FollowUpDate = plan.FollowUp is { } followUp ? t.Language.Date(followUp.Date) : string.Empty;

            // The follow-up's own finding says what the visit's section says: it is shown once, there.
            Notes = [.. plan.Findings.Where(f => FollowUp is null || f.RuleId != FollowUp.RuleId || f.Text != FollowUp.Text)];
        }

        public SessionPlan Plan { get; }

        public string TimesLocal { get; }

        public SessionRow[] Sessions { get; }

        public FollowUpVisit? FollowUp { get; }

        public string FollowUpDate { get; }

        public List<PlanFinding> Notes { get; }
    }
}

/// <summary>The ids of the session plan document's own words.</summary>
internal static class PlanDocumentText
{
    public const string Title = "planning.document.title";
    public const string TimesLocalTo = "planning.document.times-local-to";
    public const string Sessions = "planning.document.sessions";
    public const string Session = "planning.document.session";
    public const string Phase = "planning.document.phase";
    public const string Date = "planning.document.date";
    public const string Status = "planning.document.status";
    public const string StatusDone = "planning.document.status-done";
    public const string StatusPlanned = "planning.document.status-planned";
    public const string NoSessions = "planning.document.no-sessions";
    public const string FollowUp = "planning.document.follow-up";
    public const string ContactClinicIf = "planning.document.contact-clinic-if";
    public const string Notes = "planning.document.notes";
    public const string PolicyVersion = "planning.document.policy-version";

    /// <summary>The id of a phase's name in the document: <c>planning.document.review</c>.</summary>
    public static string PhaseName(SessionPhase phase) => $"planning.document.{TextIds.Kebab(EnumNames<SessionPhase>.NameOf(phase)!)}";
}
