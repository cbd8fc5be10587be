using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Tests.Disclosure;
using MesoRules.Tests.Patients;

namespace MesoRules.Tests.Core;

/// <summary>
/// Every enum parameter of every public method refuses a value the enum does not define with an
/// <see cref="ArgumentOutOfRangeException"/> naming the parameter: none falls through to a default answer.
/// </summary>
public class EnumArgumentTests
{
    private static readonly DateTimeOffset Valid = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly AftercareEngine Aftercare = new();
    private static readonly RiskDisclosure Disclosure = DisclosureTestData.Engine.Disclose(SamplePatients.Clear);

    /// <summary>One call per public method and enum parameter, passing the undefined value 99 in that parameter only.</summary>
    private static readonly Dictionary<string, (string ParamName, Action Call)> Calls = new(StringComparer.Ordinal)
    {
        ["AftercareEngine.Check(AftercareActivity,DateTimeOffset,ReadOnlySpan`1,ReadOnlySpan`1):activity"] = ("activity", () => Aftercare.Check((AftercareActivity)99, Valid, [Valid], [])),
        ["AftercareSchedule.Render(TimeZoneInfo,DocumentFormat):format"] = ("format", () => Aftercare.Schedule([Valid]).Render(TimeZoneInfo.Utc, (DocumentFormat)99)),
        ["RiskDisclosure.Render(DocumentFormat):format"] = ("format", () => new DisclosureEngine().Disclose(SamplePatients.Clear).Render((DocumentFormat)99)),
        ["SessionPlan.Render(TimeZoneInfo,DocumentFormat):format"] = ("format", () => new SessionPlanner().Plan(new PlanRequest { Patient = SamplePatients.Clear, CourseStart = new DateOnly(2026, 3, 2), TimeZone = TimeZoneInfo.Utc }).Render(TimeZoneInfo.Utc, (DocumentFormat)99)),
        ["AftercareSchedule.WindowFor(AftercareActivity):activity"] = ("activity", () => Aftercare.Schedule([Valid]).WindowFor((AftercareActivity)99)),
        ["AftercareRuleIds.For(AftercareActivity):activity"] = ("activity", () => AftercareRuleIds.For((AftercareActivity)99)),
        ["DisclosureEngine.Acknowledge(RiskDisclosure,String,AcknowledgingParty):acknowledgedBy"] = ("acknowledgedBy", () => DisclosureTestData.Engine.Acknowledge(Disclosure, "MRN-1", (AcknowledgingParty)99)),
        ["DisclosureAcknowledgment..ctor(String,String,String,DateTimeOffset,AcknowledgingParty,String,PatientLanguage):acknowledgedBy"] =
            ("acknowledgedBy", () => _ = new DisclosureAcknowledgment(Disclosure.ContentHash, Disclosure.PolicyVersion, "MRN-1", Valid, (AcknowledgingParty)99)),
    };

    /// <summary>
    /// Constructors of values the engines build, and of request records that are checked where they are used (with the
    /// member's path, such as <c>request.PatientActivities[0].Kind</c>), are covered by the engines' own bad-input tests.
    /// </summary>
    private static readonly HashSet<Type> CheckedWhereUsed =
    [
        typeof(AftercareActiveRestrictions), typeof(AftercareCheck), typeof(AftercareSchedule), typeof(AftercareWindow), typeof(AftercareRestriction),
        typeof(AftercareGuidance), typeof(AftercareInstruction), typeof(PatientActivity), typeof(CourseVisit), typeof(PlannedSession), typeof(PlanFinding), typeof(SessionPlan),
        typeof(MesoRules.Eligibility.EligibilityAssessment), typeof(MesoRules.Eligibility.EligibilityNote), typeof(DisclosedRisk), typeof(DisclosureStatement),
        typeof(AcknowledgmentVerification), typeof(ConsentCheck), typeof(FollowUpVisit), typeof(MesoRules.Core.RuleDescriptor), typeof(KnownAllergy),
        typeof(RiskRaise),
    ];

    [Fact]
    public void Every_public_method_taking_an_enum_is_in_the_table()
    {
        SortedSet<string> found = PublicSurface.Parameters(t => t.IsEnum && t.Assembly == typeof(MesoRulesPolicy).Assembly, CheckedWhereUsed);
        Assert.Equal("", string.Join("; ", found.Except(Calls.Keys)));
        Assert.Equal("", string.Join("; ", Calls.Keys.Except(found)));
    }

    [Fact]
    public void Every_public_method_refuses_an_undefined_enum_value_naming_the_parameter()
    {
        foreach ((string key, (string paramName, Action call)) in Calls)
        {
            Exception? thrown = Record.Exception(call);
            ArgumentOutOfRangeException ex = Assert.IsType<ArgumentOutOfRangeException>(thrown);
            Assert.True(paramName == ex.ParamName, $"{key}: expected parameter {paramName}, got {ex.ParamName}");
        }
    }

    [Fact]
    public void The_likelihood_and_level_words_cover_every_defined_value()
    {
        Assert.Equal(["common", "uncommon", "rare"], Enum.GetValues<RiskLikelihood>().Select(DisclosureLabels.Default.Word));
        Assert.Equal(["", "raised", "clearly raised"], Enum.GetValues<RiskLevel>().Select(DisclosureLabels.Default.Word));
    }
}
