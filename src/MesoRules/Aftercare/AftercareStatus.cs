namespace MesoRules.Aftercare;

/// <summary>
/// Whether an activity is allowed at an instant. Values are ordered from least to most restrictive, so
/// a larger value is never less restrictive.
/// </summary>
public enum AftercareStatus
{
    /// <summary>Allowed: at or after the recommended end of the governing window, or no session restricts the activity.</summary>
    Allowed = 0,

    /// <summary>Allowed with caution: at or after the minimum end and before the recommended end of the governing window.</summary>
    AllowedWithCaution = 1,

    /// <summary>Not yet allowed: at or after the session end and before the minimum end of the governing window.</summary>
    NotYet = 2,
}
