namespace MesoRules.Aftercare;

/// <summary>
/// Whether an activity is allowed at an instant. Values are ordered from most to least restrictive, so a
/// larger value is never more restrictive, and the default value is <see cref="NotYet"/>: a status nobody
/// set never reads as allowed.
/// </summary>
public enum AftercareStatus
{
    /// <summary>Not yet allowed: at or after the session end and before the minimum end of the governing window.</summary>
    NotYet = 0,

    /// <summary>Allowed with caution: at or after the minimum end and before the recommended end of the governing window.</summary>
    AllowedWithCaution = 1,

    /// <summary>Allowed: at or after the recommended end of the governing window, or no session restricts the activity.</summary>
    Allowed = 2,
}
