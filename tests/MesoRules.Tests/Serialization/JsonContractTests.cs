using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;
using MesoRules.Tests.Patients;
using MesoRules.Tests.Properties;

namespace MesoRules.Tests.Serialization;

public class JsonContractTests
{
    [Property(MaxTest = 200)]
    public Property A_patient_round_trips_through_json() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            string json = MesoRulesJson.Serialize(p);
            PatientProfile back = MesoRulesJson.Deserialize<PatientProfile>(json);
            return MesoRulesJson.Serialize(back) == json && ResultAssert.Equal(new EligibilityEngine().Assess(back), new EligibilityEngine().Assess(p));
        });

    [Property(MaxTest = 100)]
    public Property An_assessment_round_trips_through_json() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            EligibilityAssessment a = new EligibilityEngine().Assess(p);
            return ResultAssert.Equal(MesoRulesJson.Deserialize<EligibilityAssessment>(MesoRulesJson.Serialize(a)), a);
        });

    [Fact]
    public void A_plan_request_and_its_plan_round_trip_through_json()
    {
        var request = new PlanRequest
        {
            Patient = SamplePatients.Clear.With(it0 => { it0.Response = TreatmentResponse.Partial; }),
            Calendar = ClinicCalendar.Weekdays.WithClosedDates([new DateOnly(2026, 3, 9)]),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"),
            SessionTime = new TimeOnly(9, 15),
            PatientActivities = [new PatientActivity(AftercareActivity.Sun, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 27), "beach holiday")],
            MaintenanceHorizonMonths = 6,
            CourseStart = new DateOnly(2026, 2, 20),
            Today = new DateOnly(2026, 3, 2),
            Visits = [new CourseVisit(new DateOnly(2026, 2, 20)), new CourseVisit(new DateOnly(2026, 3, 2), SessionPhase.Initial, VisitStatus.Missed, new TimeOnly(9, 15))],
            AftercareInstructions = [new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromDays(7), TimeSpan.FromDays(7))],
        };

        string json = MesoRulesJson.Serialize(request);
        Assert.Contains("\"timeZone\": \"Europe/London\"", json, StringComparison.Ordinal);
        Assert.Contains("\"closedDates\": [\n      \"2026-03-09\"", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Sun\"", json, StringComparison.Ordinal);
        PlanRequest back = MesoRulesJson.Deserialize<PlanRequest>(json);
        Assert.Equal(json, MesoRulesJson.Serialize(back));

        SessionPlan plan = new SessionPlanner().Plan(back);
        ResultAssert.Same(new SessionPlanner().Plan(request), plan);
        ResultAssert.Same(plan, MesoRulesJson.Deserialize<SessionPlan>(MesoRulesJson.Serialize(plan)));
    }

    [Fact]
    public void Aftercare_results_round_trip_through_json()
    {
        var engine = new AftercareEngine();
        DateTimeOffset end = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);
        AftercareSchedule schedule = engine.Schedule([end]);
        ResultAssert.Same(schedule, MesoRulesJson.Deserialize<AftercareSchedule>(MesoRulesJson.Serialize(schedule)));
        AftercareCheck check = engine.Check(AftercareActivity.Sun, end.AddHours(1), [end]);
        Assert.Equal(check, MesoRulesJson.Deserialize<AftercareCheck>(MesoRulesJson.Serialize(check)));
        AftercareActiveRestrictions active = engine.ActiveAt(end.AddHours(1), [end]);
        ResultAssert.Same(active, MesoRulesJson.Deserialize<AftercareActiveRestrictions>(MesoRulesJson.Serialize(active)));
    }

    [Fact]
    public void The_policy_summary_lists_version_settings_and_rules()
    {
        string json = MesoRulesJson.Serialize(MesoRulesPolicy.Default);
        Assert.Contains($"\"version\": \"{MesoRulesPolicy.Default.Version}\"", json, StringComparison.Ordinal);
        Assert.Contains("eligibility.minimumAgeYears=18", json, StringComparison.Ordinal);
        Assert.Contains("\"provenance\": \"SourceFaq\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cause\":\"Baldness\"}", "$.cause")]
    [InlineData("{\"severity\":\"Extreme\"}", "$.severity")]
    [InlineData("{\"health\":{\"pregnancy\":\"Maybe\"}}", "$.health.pregnancy")]
    [InlineData("{\"shoeSize\":44}", "not part of the contract")]
    [InlineData("{\"allergies\":[{\"anaphylaxis\":true}]}", "substance")]
    public void Unknown_enum_strings_unknown_members_and_missing_fields_name_the_field(string json, string field)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"courseStart\":\"2026-03-02\"}", "patient")]
    [InlineData("{\"patient\":{}}", "courseStart")]
    [InlineData("{\"patient\":{},\"courseStart\":\"2026-03-02\",\"timeZone\":\"Mars/Olympus\"}", "$.timeZone")]
    [InlineData("{\"patient\":{},\"courseStart\":\"2026-03-02\"}", "timeZone")]
    [InlineData("{\"patient\":{},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\",\"calendar\":{\"openDays\":[]}}", "openDays")]
    [InlineData("{\"patient\":{},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\",\"calendar\":{\"openDays\":[\"Funday\"]}}", "$.calendar.openDays")]
    [InlineData("{\"patient\":{},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\",\"patientActivities\":[{\"kind\":\"Skydiving\",\"from\":\"2026-03-02\",\"to\":\"2026-03-02\"}]}", "kind")]
    public void Bad_plan_requests_name_the_field(string json, string field)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PlanRequest>(json));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_are_written_as_strings_in_camel_case_members()
    {
        string json = MesoRulesJson.Serialize(SamplePatients.Clear);
        Assert.Contains("\"cause\": \"AndrogeneticAlopecia\"", json, StringComparison.Ordinal);
        Assert.Contains("\"keloidTendency\": \"No\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_outside_the_contract_is_refused()
    {
        Assert.Throws<NotSupportedException>(() => MesoRulesJson.Serialize(new Uri("https://example.org")));
    }
}

public class JsonDefaultsTests
{
    [Fact]
    public void Members_left_out_of_a_patient_keep_their_documented_defaults()
    {
        PatientProfile p = MesoRulesJson.Deserialize<PatientProfile>("{}");
        Assert.NotNull(p.Health);
        Assert.Equal(Answer.Unknown, p.Health.Diabetes);
        Assert.Empty(p.Allergies);
        Assert.Empty(p.CurrentMedicines);
        Assert.Equal(HairLossCause.Undiagnosed, p.Cause);
        Assert.Null(p.AgeYears);
    }

    [Fact]
    public void Members_left_out_of_a_plan_request_keep_their_documented_defaults()
    {
        PlanRequest r = MesoRulesJson.Deserialize<PlanRequest>("{\"patient\":{\"health\":{\"pregnancy\":\"No\"}},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\"}");
        PlanRequest defaults = new() { Patient = new PatientProfile(), CourseStart = new DateOnly(2026, 3, 2), TimeZone = TimeZoneInfo.Utc };
        Assert.Equal(defaults.SessionTime, r.SessionTime);
        Assert.Equal(defaults.MaintenanceHorizonMonths, r.MaintenanceHorizonMonths);
        Assert.Same(TimeZoneInfo.Utc, r.TimeZone);
        Assert.Equal(defaults.Calendar.OpenDays, r.Calendar.OpenDays);
        Assert.Empty(r.PatientActivities);
        Assert.Empty(r.Visits);
        Assert.Empty(r.AftercareInstructions);
        Assert.Null(r.Today);
        Assert.Empty(r.Acknowledgments);
        Assert.Equal(Answer.No, r.Patient.Health.Pregnancy);
        Assert.Equal(Answer.Unknown, r.Patient.Health.Breastfeeding);
    }

    [Fact]
    public void Host_options_configured_with_the_contract_read_and_reject_like_the_library()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        MesoRulesJson.Configure(options);
        string json = "{\"patient\":{},\"courseStart\":\"2026-03-02\",\"timeZone\":\"Europe/London\",\"calendar\":{\"openDays\":[\"Monday\"]}}";
        PlanRequest r = JsonSerializer.Deserialize<PlanRequest>(json, options)!;
        Assert.Equal("Europe/London", r.TimeZone.Id);
        Assert.Equal([DayOfWeek.Monday], r.Calendar.OpenDays.ToArray());
        Assert.Contains("\"cause\":\"Undiagnosed\"", JsonSerializer.Serialize(new PatientProfile(), options), StringComparison.Ordinal);
        JsonException ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PatientProfile>("{\"shoeSize\":1}", options));
        Assert.Contains("shoeSize", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_health_histories_are_fresh_copies()
    {
        HealthHistory none = HealthHistory.AllNo;
        none.Diabetes = Answer.Yes;
        Assert.Equal(Answer.No, HealthHistory.AllNo.Diabetes);
        Assert.NotSame(HealthHistory.AllUnknown, HealthHistory.AllUnknown);
    }
}

public class PlanJsonPropertyTests
{
    [Property(MaxTest = 100)]
    public Property A_plan_request_and_its_plan_round_trip_through_json() =>
        Prop.ForAll(MesoRules.Tests.Planning.SessionPlannerPropertyTests.Requests.ToArbitrary(), request =>
        {
            string json = MesoRulesJson.Serialize(request);
            PlanRequest back = MesoRulesJson.Deserialize<PlanRequest>(json);
            SessionPlan plan = new SessionPlanner().Plan(back);
            return MesoRulesJson.Serialize(back) == json
                && ResultAssert.Equal(plan, new SessionPlanner().Plan(request))
                && ResultAssert.Equal(MesoRulesJson.Deserialize<SessionPlan>(MesoRulesJson.Serialize(plan)), plan);
        });
}

public class DefaultArrayTests
{
    [Fact]
    public void Results_built_with_default_arrays_read_as_empty_instead_of_throwing()
    {
        var plan = new SessionPlan(default, default, MesoRules.Eligibility.EligibilityOutcome.Eligible, "v", null, MesoRules.Localization.PatientLanguage.English);
        Assert.False(plan.IsBlocked);
        Assert.Empty(plan.Sessions);
        var schedule = new AftercareSchedule(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), default, default, "v", MesoRules.Localization.PatientLanguage.English);
        Assert.Contains("Nothing to avoid.", schedule.Render(TimeZoneInfo.Utc, DocumentFormat.PlainText), StringComparison.Ordinal);
        Assert.Empty(new MesoRules.Eligibility.EligibilityAssessment(MesoRules.Eligibility.EligibilityOutcome.Eligible, default, "v", MesoRules.Localization.PatientLanguage.English).Notes);
        Assert.Empty(MesoRulesJson.Deserialize<SessionPlan>("{\"sessions\":[],\"findings\":[],\"eligibility\":\"Eligible\",\"policyVersion\":\"v\",\"followUp\":null,\"language\":\"en\"}").Findings);
    }

    [Fact]
    public void Text_forms_of_inputs_leave_out_patient_data()
    {
        Assert.DoesNotContain("Yes", HealthHistory.AllNo.With(HealthFactor.Diabetes, Answer.Yes).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Mallorca", new PatientActivity(AftercareActivity.Sun, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), "honeymoon in Mallorca").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("isotretinoin", new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromHours(1), TimeSpan.FromHours(2), "patient on isotretinoin").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_list_of_days_is_not_read_as_a_combined_day()
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PlanRequest>("{\"patient\":{},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\",\"calendar\":{\"openDays\":[\"Monday,Tuesday\"]}}"));
        Assert.Contains("openDays", ex.Message, StringComparison.Ordinal);
    }
}
