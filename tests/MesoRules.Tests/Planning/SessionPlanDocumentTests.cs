using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;
using MesoRules.Tests.Core;
using static MesoRules.Tests.Core.HtmlAssert;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

public class SessionPlanDocumentTests
{
    private static readonly SessionPlanner Planner = new();

    private static TimeZoneInfo London => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static TheoryData<string> Languages => [.. PatientLanguage.Shipped.Select(l => l.Tag)];

    private static PlanRequest InLondon(PatientLanguage? language = null) =>
        Request(Severity.Mild).With(r => { r.TimeZone = London; r.Language = language; });

    [Fact]
    public void The_plain_text_plan_lists_the_sessions_the_follow_up_and_the_notes()
    {
        SessionPlan plan = Planner.Plan(InLondon());
        string text = plan.Render(London);

        Assert.StartsWith(
            "YOUR TREATMENT PLAN\n"
            + "Times are local to Europe/London; the UTC offset follows each time.\n"
            + "\n"
            + "SESSIONS\n"
            + "- Session 1, Initial session: 2026-03-02 10:00 +00:00 (planned)\n"
            + "- Session 2, Initial session: 2026-03-16 10:00 +00:00 (planned)\n"
            + "- Session 3, Initial session: 2026-03-30 10:00 +01:00 (planned)\n"
            + "- Session 4, Initial session: 2026-04-13 10:00 +01:00 (planned)\n"
            + "- Session 5, Review visit: 2026-04-27 10:00 +01:00 (planned)\n"
            + "\n"
            + "FOLLOW-UP VISIT\n"
            + "Date: 2026-07-06\n"
            + $"{plan.FollowUp!.Text}\n"
            + "Contact the clinic at any time, before or after this visit, if you notice any of these signs:\n"
            + "- Signs of an infection, even weeks later: For 12 weeks after each session,",
            text,
            StringComparison.Ordinal);
        Assert.Contains("\nNOTES\n- 4 initial sessions for mild hair loss. [planning.initial-count]\n", text, StringComparison.Ordinal);
        Assert.EndsWith($"\n\nPolicy version: {MesoRulesPolicy.Default.Version}\n", text, StringComparison.Ordinal);
        // The follow-up's finding is the visit's own text: shown once, with the visit.
        Assert.Single(text.Split('\n'), line => line.Contains(plan.FollowUp.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_markdown_plan_has_a_table_of_sessions()
    {
        string markdown = Planner.Plan(InLondon()).Render(London, DocumentFormat.Markdown);

        Assert.StartsWith("# Your treatment plan\n\nTimes are local to Europe/London; the UTC offset follows each time.\n\n## Sessions\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Session | Phase | Date | Status |\n|---|---|---|---|\n| 1 | Initial session | 2026-03-02 10:00 +00:00 | planned |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 5 | Review visit | 2026-04-27 10:00 +01:00 | planned |\n\n## Follow-up visit\n\n- **Date:** 2026-07-06\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Notes\n\n- 4 initial sessions for mild hair loss. (`planning.initial-count`)\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_html_plan_is_a_self_contained_document_in_the_plans_language_with_the_follow_up_visit(string tag)
    {
        PatientLanguage language = PatientLanguage.Resolve(tag);
        SessionPlan plan = Planner.Plan(InLondon(language));
        string html = plan.Render(London, DocumentFormat.Html);

        Assert.Same(language, plan.Language);
        HtmlAssert.WellFormed(html, tag);
        string title = DocumentText.Html(MesoRulesPolicy.Default.TextsIn(language).Single(t => t.Id == "planning.document.title").Text);
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<p>{DocumentText.Html(plan.FollowUp!.Text)}</p>", html, StringComparison.Ordinal);
        Assert.All(plan.FollowUp.ContactClinicIf, s => Assert.Contains($"<li><strong>{DocumentText.Html(s.Title)}:</strong> {DocumentText.Html(s.Text)}</li>", html, StringComparison.Ordinal));
        Assert.Equal(plan.Sessions.Length, html.Split("<tr>").Length - 2);
    }

    [Fact]
    public void The_spanish_plan_writes_its_own_words_dates_and_warning_signs()
    {
        SessionPlan plan = Planner.Plan(InLondon(PatientLanguage.Spanish));
        string html = plan.Render(London, DocumentFormat.Html);

        Assert.Contains("<h1>Su plan de tratamiento</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<tr>\n<td>5</td>\n<td>Visita de revisión</td>\n<td>27 de abril de 2026 10:00 +01:00</td>\n<td>prevista</td>\n</tr>\n", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"block\">\n<h2>Visita de seguimiento</h2>\n<p><strong>Fecha:</strong> 6 de julio de 2026</p>\n", html, StringComparison.Ordinal);
        Assert.Equal(
            MesoRulesPolicy.Default.DisclosureRules.In(PatientLanguage.Spanish).WarningSigns.Select(s => s.Title),
            plan.FollowUp!.ContactClinicIf.Select(s => s.Title));
        Assert.Contains("<li><strong>Signos de infección, incluso semanas después:</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sessions_done_are_marked_done_and_the_rest_planned()
    {
        PlanRequest request = InLondon().With(r => { r.Visits = Done(D("2026-03-02"), D("2026-03-16")); r.Today = D("2026-03-20"); });
        string text = Planner.Plan(request).Render(London);

        Assert.Contains("- Session 1, Initial session: 2026-03-02 10:00 +00:00 (done)\n- Session 2, Initial session: 2026-03-16 10:00 +00:00 (done)\n- Session 3, Initial session: 2026-03-30 10:00 +01:00 (planned)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocked_plan_says_no_sessions_are_planned_and_why()
    {
        PlanRequest request = InLondon().With(r => r.Patient = Patient(Severity.Mild).With(p => p.Health = HealthHistory.AllNo.With(h => h.Pregnancy = Answer.Yes)));
        SessionPlan plan = Planner.Plan(request);
        string text = plan.Render(London);
        string html = plan.Render(London, DocumentFormat.Html);

        Assert.Contains("\nSESSIONS\nNo sessions are planned.\n\nNOTES\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FOLLOW-UP", text, StringComparison.Ordinal);
        Assert.All(plan.Findings, f => Assert.Contains($"- {f.Text} [{f.RuleId}]\n", text, StringComparison.Ordinal));
        HtmlAssert.WellFormed(html, "en");
        Assert.Contains("<p>No sessions are planned.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clinics_wording_and_the_patients_activity_label_appear_only_escaped()
    {
        var options = new MesoRulesOptions();
        options.Planning.Texts["planning.document.title"] = Hostile;
        options.Planning.Texts["planning.document.status-planned"] = Hostile;
        var planner = new SessionPlanner(MesoRulesPolicy.Create(options));
        PlanRequest request = InLondon().With(r => r.PatientActivities = [new PatientActivity(AftercareActivity.Sun, D("2026-03-17"), D("2026-03-20"), Hostile)]);

        string html = planner.Plan(request).Render(London, DocumentFormat.Html);

        HtmlAssert.WellFormed(html, "en");
        Assert.Contains($"<title>{HostileEscaped}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{HostileEscaped}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"the patient&#39;s {HostileEscaped} (2026-03-17 to 2026-03-20)", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ThreadCulture.Unusual), MemberType = typeof(ThreadCulture))]
    public void Equal_plans_give_byte_identical_documents_under_any_current_culture(string culture)
    {
        PlanRequest request = InLondon(PatientLanguage.Portuguese);
        string[] expected = [.. Enum.GetValues<DocumentFormat>().Select(f => Planner.Plan(request).Render(London, f))];
        string[] actual = ThreadCulture.Under(culture, () => Enum.GetValues<DocumentFormat>().Select(f => new SessionPlanner().Plan(request).Render(London, f)).ToArray());

        Assert.Equal(expected.Select(System.Text.Encoding.UTF8.GetBytes), actual.Select(System.Text.Encoding.UTF8.GetBytes));
        Assert.All(expected, d => Assert.DoesNotContain('\r', d));
    }

    [Fact]
    public void A_plan_read_from_json_keeps_its_language_and_renders_the_library_words()
    {
        SessionPlan plan = Planner.Plan(InLondon(PatientLanguage.Italian));
        SessionPlan stored = MesoRulesJson.Deserialize<SessionPlan>(MesoRulesJson.Serialize(plan));

        Assert.Same(PatientLanguage.Italian, stored.Language);
        Assert.Equal(plan.Render(London, DocumentFormat.Html), stored.Render(London, DocumentFormat.Html));
    }

    [Fact]
    public void Rendering_checks_its_arguments()
    {
        SessionPlan plan = Planner.Plan(InLondon());

        Assert.Throws<ArgumentNullException>("zone", () => plan.Render(null!));
        Assert.Throws<ArgumentOutOfRangeException>("format", () => plan.Render(London, (DocumentFormat)7));
    }
}
