namespace MesoRules.Patients;

/// <summary>
/// How severe the patient's hair loss is; drives the course length and interval. The default value is
/// <see cref="Unknown"/>: a patient nobody graded gets no course, and the plan asks for the grade.
/// </summary>
public enum Severity
{
    /// <summary>Not graded yet: the planner plans no course and asks for the grade (finding <c>planning.severity-unknown</c>).</summary>
    Unknown = 0,

    /// <summary>Mild hair loss.</summary>
    Mild = 1,

    /// <summary>Moderate hair loss.</summary>
    Moderate = 2,

    /// <summary>Severe hair loss.</summary>
    Severe = 3,
}
