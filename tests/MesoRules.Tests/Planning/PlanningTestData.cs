using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Tests.Patients;

namespace MesoRules.Tests.Planning;

internal static class PlanningTestData
{
    /// <summary>The graded severities, mildest first: the ones a course can be planned for.</summary>
    public static readonly Severity[] Graded = [Severity.Mild, Severity.Moderate, Severity.Severe];

    /// <summary>Monday 2 March 2026.</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    public static PatientProfile Patient(Severity severity, TreatmentResponse response = TreatmentResponse.NotYetTreated) =>
        SamplePatients.Clear.With(it0 => { it0.Severity = severity; it0.Response = response; });

    public static PlanRequest Request(Severity severity, TreatmentResponse response = TreatmentResponse.NotYetTreated) => new()
    {
        Patient = Patient(severity, response),
        CourseStart = Monday,
        TimeZone = TimeZoneInfo.Utc,
    };

    /// <summary>Initial sessions done on the given dates.</summary>
    public static CourseVisit[] Done(params DateOnly[] dates) => [.. dates.Select(d => new CourseVisit(d))];

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string[] Dates(SessionPlan plan, SessionPhase? phase = null) =>
        [.. plan.Sessions.Where(s => phase is null || s.Phase == phase).Select(s => s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
}
