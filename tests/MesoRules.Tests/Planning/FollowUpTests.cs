using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Core;
using MesoRules.Serialization;
using Microsoft.Extensions.Options;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>domain.md section 5: late complications make a follow-up check and a "contact the clinic if" list part of the plan.</summary>
public class FollowUpTests
{
    private static readonly SessionPlanner Planner = new();

    private static SessionPlanner PlannerWith(Action<MesoRulesOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options);
        return new SessionPlanner(MesoRulesPolicy.Create(options));
    }

    [Fact]
    public void The_default_follow_up_is_twelve_weeks_after_the_last_initial_session_with_the_warning_signs()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild));
        FollowUpVisit followUp = Assert.IsType<FollowUpVisit>(plan.FollowUp);

        // Last initial session: Monday 2026-04-13; 84 days later is Monday 2026-07-06, an open day.
        Assert.Equal(D("2026-07-06"), followUp.DueDate);
        Assert.Equal(D("2026-07-06"), followUp.Date);
        Assert.Equal(PlanningRuleIds.FollowUp, followUp.RuleId);
        Assert.Equal(Provenance.ClinicalLiterature, followUp.Provenance);
        Assert.Contains("1 to 12 weeks", followUp.Rationale, StringComparison.Ordinal);
        Assert.Equal(MesoRulesPolicy.Default.DisclosureRules.WarningSigns.Select(s => s.RuleId), followUp.ContactClinicIf.Select(s => s.RuleId));
        Assert.All(followUp.ContactClinicIf, s => Assert.Equal(DisclosureStatementKind.WarningSign, s.Kind));
        PlanFinding finding = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.FollowUp);
        Assert.Equal(PlanFindingKind.Information, finding.Kind);
        Assert.Equal(followUp.Text, finding.Text);
        Assert.StartsWith("Follow-up check on 2026-07-06, 12 weeks after the last initial session on 2026-04-13", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_due_on_a_closed_day_moves_to_the_next_open_day_and_keeps_its_due_date()
    {
        // Last initial session of a severe course from 2026-03-02: 2026-04-06; +84 days = 2026-06-29 (Monday), closed here.
        PlanRequest request = Request(Severity.Severe).With(it0 => { it0.Calendar = new ClinicCalendar([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], [D("2026-06-29"), D("2026-06-30")]); });
        FollowUpVisit followUp = Planner.Plan(request).FollowUp!;

        Assert.Equal(D("2026-06-29"), followUp.DueDate);
        Assert.Equal(D("2026-07-01"), followUp.Date);
        Assert.Contains("due 2026-06-29", followUp.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_counts_from_the_last_initial_session_even_when_it_is_in_the_history()
    {
        PlanRequest request = Request(Severity.Mild).With(it1 => { it1.Visits = Done(D("2026-01-05"), D("2026-01-19"), D("2026-02-02"), D("2026-02-16")); it1.CourseStart = D("2026-01-05"); it1.Today = Monday; });
        SessionPlan plan = Planner.Plan(request);

        Assert.Equal(D("2026-02-16").AddDays(84), plan.FollowUp!.DueDate);
    }

    [Fact]
    public void Re_planning_long_after_the_course_plans_an_overdue_follow_up_from_the_first_date_not_in_the_past()
    {
        PlanRequest request = Request(Severity.Mild).With(it2 => { it2.Visits = Done(D("2025-01-06"), D("2025-01-20"), D("2025-02-03"), D("2025-02-17")); it2.CourseStart = D("2025-01-06"); it2.Today = Monday; });
        SessionPlan plan = Planner.Plan(request);

        Assert.Equal(D("2025-02-17").AddDays(84), plan.FollowUp!.DueDate);
        Assert.Equal(Monday, plan.FollowUp.Date);
        Assert.Contains("overdue: it was due on 2025-05-12", plan.FollowUp.Text, StringComparison.Ordinal);
        PlanFinding review = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.Review);
        Assert.Contains("the last initial session on 2025-02-17 was", review.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("one interval after", review.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clinic_can_set_the_delay_or_switch_the_check_off()
    {
        FollowUpVisit six = PlannerWith(o => o.Planning.FollowUpWeeks = 6).Plan(Request(Severity.Mild)).FollowUp!;
        Assert.Equal(D("2026-04-13").AddDays(42), six.DueDate);

        var off = new MesoRulesOptions { Planning = { Rules = { [PlanningRuleIds.FollowUp] = new PlanningRuleOptions { Enabled = false } } } };
        SessionPlan none = new SessionPlanner(MesoRulesPolicy.Create(off)).Plan(Request(Severity.Mild));
        Assert.Null(none.FollowUp);
        Assert.DoesNotContain(none.Findings, f => f.RuleId == PlanningRuleIds.FollowUp);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, MesoRulesPolicy.Create(off).Version);
        Assert.DoesNotContain(MesoRulesPolicy.Create(off).Rules, r => r.Id == PlanningRuleIds.FollowUp);
    }

    [Fact]
    public void The_contact_list_carries_the_clinic_wording_of_the_warning_signs()
    {
        SessionPlan plan = PlannerWith(o => o.Disclosure.Texts[$"{DisclosureRuleIds.LateInfection}.text"] = "Call us on 0123 if a site turns red.")
            .Plan(Request(Severity.Mild));

        DisclosureStatement infection = Assert.Single(plan.FollowUp!.ContactClinicIf, s => s.RuleId == DisclosureRuleIds.LateInfection);
        Assert.Equal("Call us on 0123 if a site turns red.", infection.Text);
    }

    [Fact]
    public void A_plan_stopped_by_eligibility_has_no_follow_up()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild).With(it4 => { it4.Patient = Patient(Severity.Mild).With(it3 => { it3.Cause = HairLossCause.Undiagnosed; }); }));
        Assert.Empty(plan.Sessions);
        Assert.Null(plan.FollowUp);
    }

    [Theory]
    [InlineData(-1, "-1 is outside the allowed range 1..52.")]
    [InlineData(53, "53 is outside the allowed range 1..52.")]
    [InlineData(0, "0 is outside the allowed range 1..52; to plan no follow-up check, switch the rule off instead (MesoRules:Planning:Rules:planning.follow-up:Enabled = false).")]
    public void A_follow_up_delay_out_of_range_fails_validation_naming_the_member_and_range(int weeks, string problem)
    {
        var options = new MesoRulesOptions { Planning = { FollowUpWeeks = weeks } };
        ValidateOptionsResult result = new MesoRulesOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Equal([$"MesoRules:Planning:FollowUpWeeks: {problem}"], result.Failures);
    }

    [Fact]
    public void The_follow_up_survives_a_json_round_trip()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Moderate));
        string json = MesoRulesJson.Serialize(plan);
        Assert.Contains("\"followUp\"", json, StringComparison.Ordinal);
        Assert.Contains("\"contactClinicIf\"", json, StringComparison.Ordinal);
        ResultAssert.Same(plan, MesoRulesJson.Deserialize<SessionPlan>(json));
    }

    [Property(MaxTest = 150)]
    public Property The_follow_up_falls_on_the_first_open_day_on_or_after_its_due_date() =>
        Prop.ForAll(
            (from severity in Gen.Elements(PlanningTestData.Graded)
             from startOffset in Gen.Choose(0, 3650)
             from weeks in Gen.Choose(1, 52)
             from openDays in Gen.SubListOf(Enum.GetValues<DayOfWeek>()).Where(d => d.Count > 0)
             select (severity, startOffset, weeks, openDays)).ToArbitrary(),
            c =>
            {
                (Severity severity, int startOffset, int weeks, IList<DayOfWeek> openDays) = c;
                var calendar = new ClinicCalendar(openDays);
                DateOnly first = D("2026-01-01").AddDays(startOffset);
                while (!calendar.IsOpen(first))
                {
                    first = first.AddDays(1);
                }

                SessionPlan plan = PlannerWith(o => o.Planning.FollowUpWeeks = weeks).Plan(Request(severity).With(it5 => { it5.Calendar = calendar; it5.CourseStart = first; }));
                FollowUpVisit f = plan.FollowUp!;
                DateOnly lastInitial = plan.Sessions.Last(s => s.Phase == SessionPhase.Initial).Date;
                bool firstOpen = Enumerable.Range(0, f.Date.DayNumber - f.DueDate.DayNumber).All(i => !calendar.IsOpen(f.DueDate.AddDays(i)));
                return f.DueDate == lastInitial.AddDays(weeks * 7) && f.Date >= f.DueDate && calendar.IsOpen(f.Date) && firstOpen;
            });
}
