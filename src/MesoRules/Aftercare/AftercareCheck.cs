using System.Text.Json.Serialization;

namespace MesoRules.Aftercare;

/// <summary>
/// The answer to "may the patient do this activity at this instant?". The governing session is the latest
/// session that ended at or before the checked instant; sessions after it do not count. Windows are
/// half-open: exactly at <paramref name="AllowedWithCautionFrom"/> the activity is allowed with caution, and
/// exactly at <paramref name="AllowedFrom"/> it is allowed.
/// </summary>
/// <param name="Activity">The activity checked.</param>
/// <param name="Status">The status at the checked instant.</param>
/// <param name="RuleId">The rule id of the restriction, for example <c>aftercare.sun</c>.</param>
/// <param name="SessionEnd">The end of the governing session, as given; <see langword="null"/> when no session at or before the instant counts or the restriction is switched off.</param>
/// <param name="AllowedWithCautionFrom">The minimum end of the governing window (the first instant allowed with caution); <see langword="null"/> when <paramref name="SessionEnd"/> is.</param>
/// <param name="AllowedFrom">The recommended end of the governing window (the first instant fully allowed); <see langword="null"/> when <paramref name="SessionEnd"/> is.</param>
/// <param name="OverrideReason">The practitioner's reason when an instruction set the window and gave one.</param>
/// <param name="PolicyVersion">The version id of the policy that produced the answer.</param>
/// <remarks>Read from JSON, every member must be present (a <see langword="null"/> one written as <c>null</c>): a check without its status is refused, never read as a default.</remarks>
public readonly record struct AftercareCheck(
    [property: JsonRequired] AftercareActivity Activity,
    [property: JsonRequired] AftercareStatus Status,
    [property: JsonRequired] string RuleId,
    [property: JsonRequired] DateTimeOffset? SessionEnd,
    [property: JsonRequired] DateTimeOffset? AllowedWithCautionFrom,
    [property: JsonRequired] DateTimeOffset? AllowedFrom,
    [property: JsonRequired] string? OverrideReason,
    [property: JsonRequired] string PolicyVersion)
{
    /// <summary>Returns the same answer with its instants expressed in <paramref name="zone"/>, with the zone's offset at each instant. The instants are unchanged.</summary>
    /// <param name="zone">The time zone, for example the clinic's or the patient's.</param>
    /// <returns>The answer in local time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public AftercareCheck InZone(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return this with
        {
            SessionEnd = SessionEnd is { } s ? TimeZoneInfo.ConvertTime(s, zone) : null,
            AllowedWithCautionFrom = AllowedWithCautionFrom is { } c ? TimeZoneInfo.ConvertTime(c, zone) : null,
            AllowedFrom = AllowedFrom is { } a ? TimeZoneInfo.ConvertTime(a, zone) : null,
        };
    }
}
