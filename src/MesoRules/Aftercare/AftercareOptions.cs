namespace MesoRules.Aftercare;

/// <summary>
/// The clinic's aftercare settings, bound from the configuration section <c>MesoRules:Aftercare</c>.
/// Every restriction not named here keeps the library's default (see <see cref="AftercareActivity"/>).
/// </summary>
/// <example>
/// In <c>appsettings.json</c>:
/// <code>
/// "MesoRules": { "Aftercare": { "Restrictions": {
///   "Sun": { "Minimum": "3.00:00:00", "Recommended": "7.00:00:00", "Reason": "Clinic protocol for summer" },
///   "aftercare.alcohol": { "Enabled": false }
/// } } }
/// </code>
/// </example>
public sealed class AftercareOptions
{
    /// <summary>The longest window a clinic or a practitioner may set: 30 days. Every duration must be greater than zero and at most this.</summary>
    public static TimeSpan MaximumDuration { get; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The clinic's settings per restriction, keyed by the activity's name (<c>Sun</c>, case-insensitive) or
    /// its rule id (<c>aftercare.sun</c>). Each restriction may be named once; unknown keys fail validation.
    /// <value>The default value is empty: every restriction keeps the library's default.</value>
    /// </summary>
    public IDictionary<string, AftercareRestrictionOptions> Restrictions { get; set; } =
        new Dictionary<string, AftercareRestrictionOptions>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The clinic's setting for one aftercare restriction. Properties left unset keep the library's default.</summary>
public sealed class AftercareRestrictionOptions
{
    /// <summary>
    /// Whether the restriction applies. A switched-off restriction has no window (checks answer
    /// <see cref="AftercareStatus.Allowed"/>) unless a practitioner's instruction sets one.
    /// <value>The default value is <see langword="true"/>.</value>
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The minimum window: elapsed time after the session end before the activity is allowed with caution.
    /// Greater than zero and at most <see cref="AftercareOptions.MaximumDuration"/> (30 days); not above
    /// <see cref="Recommended"/> when both are set.
    /// <value>The default value is <see langword="null"/>: the library's default, lowered to <see cref="Recommended"/> if that is set below it.</value>
    /// </summary>
    public TimeSpan? Minimum { get; set; }

    /// <summary>
    /// The recommended window: elapsed time after the session end before the activity is fully allowed.
    /// Greater than zero and at most <see cref="AftercareOptions.MaximumDuration"/> (30 days); not below <see cref="Minimum"/>.
    /// <value>The default value is <see langword="null"/>: the library's default, raised to <see cref="Minimum"/> if that is set above it.</value>
    /// </summary>
    public TimeSpan? Recommended { get; set; }

    /// <summary>
    /// The clinic's own patient-facing guidance for the restriction, replacing the library's text; 1 to 2000
    /// characters, not blank. <value>The default value is <see langword="null"/>: the library's text.</value>
    /// </summary>
    public string? Guidance { get; set; }

    /// <summary>
    /// Why the clinic changed the library's default, recorded on the restriction; 1 to 500 characters, not blank.
    /// <value>The default value is <see langword="null"/>.</value>
    /// </summary>
    public string? Reason { get; set; }
}
