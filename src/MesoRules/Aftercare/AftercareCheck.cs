using System.Text.Json.Serialization;

namespace MesoRules.Aftercare;

/// <summary>
/// The answer to "may the patient do this activity at this instant?". The governing session is the latest
/// session that ended at or before the checked instant; sessions after it do not count. Windows are
/// half-open: exactly at <see cref="AllowedWithCautionFrom"/> the activity is allowed with caution, and
/// exactly at <see cref="AllowedFrom"/> it is allowed.
/// </summary>
/// <remarks>Read from JSON, every member must be present (a <see langword="null"/> one written as <c>null</c>): a check without its status is refused, never read as a default.</remarks>
public readonly struct AftercareCheck
{
    [JsonConstructor]
    internal AftercareCheck(AftercareActivity Activity, AftercareStatus Status, string RuleId, DateTimeOffset? SessionEnd, DateTimeOffset? AllowedWithCautionFrom, DateTimeOffset? AllowedFrom, string? OverrideReason, string PolicyVersion)
    {
        this.Activity = Activity;
        this.Status = Status;
        this.RuleId = RuleId;
        this.SessionEnd = SessionEnd;
        this.AllowedWithCautionFrom = AllowedWithCautionFrom;
        this.AllowedFrom = AllowedFrom;
        this.OverrideReason = OverrideReason;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The activity checked.</summary>
    [JsonRequired]
    public AftercareActivity Activity { get; }

    /// <summary>The status at the checked instant.</summary>
    [JsonRequired]
    public AftercareStatus Status { get; }

    /// <summary>The rule id of the restriction, for example <c>aftercare.sun</c>.</summary>
    [JsonRequired]
    public string RuleId { get; }

    /// <summary>The end of the governing session, as given; <see langword="null"/> when no session at or before the instant counts or the restriction is switched off.</summary>
    [JsonRequired]
    public DateTimeOffset? SessionEnd { get; }

    /// <summary>The minimum end of the governing window (the first instant allowed with caution); <see langword="null"/> when <see cref="SessionEnd"/> is.</summary>
    [JsonRequired]
    public DateTimeOffset? AllowedWithCautionFrom { get; }

    /// <summary>The recommended end of the governing window (the first instant fully allowed); <see langword="null"/> when <see cref="SessionEnd"/> is.</summary>
    [JsonRequired]
    public DateTimeOffset? AllowedFrom { get; }

    /// <summary>The practitioner's reason when an instruction set the window and gave one.</summary>
    [JsonRequired]
    public string? OverrideReason { get; }

    /// <summary>The version id of the policy that produced the answer.</summary>
    [JsonRequired]
    public string PolicyVersion { get; }

    /// <summary>Returns the same answer with its instants expressed in <paramref name="zone"/>, with the zone's offset at each instant. The instants are unchanged.</summary>
    /// <param name="zone">The time zone, for example the clinic's or the patient's.</param>
    /// <returns>The answer in local time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public AftercareCheck InZone(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new AftercareCheck(
            Activity,
            Status,
            RuleId,
            SessionEnd is { } s ? TimeZoneInfo.ConvertTime(s, zone) : null,
            AllowedWithCautionFrom is { } c ? TimeZoneInfo.ConvertTime(c, zone) : null,
            AllowedFrom is { } a ? TimeZoneInfo.ConvertTime(a, zone) : null,
            OverrideReason,
            PolicyVersion);
    }
}
