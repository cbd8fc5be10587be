namespace MesoRules.Patients;

/// <summary>
/// The state of a yes/no fact about a patient. <see cref="Unknown"/> is a value of its own and the
/// default: a rule that needs an unknown fact asks for it instead of passing.
/// </summary>
public enum Answer
{
    /// <summary>Not asked, or not answered. Never treated as <see cref="No"/>.</summary>
    Unknown = 0,

    /// <summary>Known not to apply.</summary>
    No = 1,

    /// <summary>Known to apply.</summary>
    Yes = 2,
}
