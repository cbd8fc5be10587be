using MesoRules.Core;
using AftercareSettings = MesoRules.Core.Settings<MesoRules.Aftercare.AftercareOptions>;
using RestrictionSettings = MesoRules.Core.Settings<MesoRules.Aftercare.AftercareRestrictionOptions>;

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
    /// <summary>
    /// The clinic's settings per restriction, keyed by the activity's name (<c>Sun</c>, case-insensitive) or
    /// its rule id (<c>aftercare.sun</c>). Each restriction may be named once; unknown keys fail validation.
    /// <value>The default value is empty: every restriction keeps the library's default.</value>
    /// </summary>
    public IDictionary<string, AftercareRestrictionOptions> Restrictions { get; set; } =
        new Dictionary<string, AftercareRestrictionOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The allowed range of every window a clinic (<see cref="AftercareRestrictionOptions"/>) or a practitioner (<see cref="AftercareInstruction"/>) sets: greater than zero, at most 30 days.</summary>
    internal static DurationRange WindowRange { get; } = new(TimeSpan.Zero, TimeSpan.FromDays(30), minExcluded: true);

    /// <summary>The allowed length of <see cref="AftercareRestrictionOptions.Guidance"/>.</summary>
    internal static TextLength GuidanceLength { get; } = new(2000);

    /// <summary>The allowed length of <see cref="AftercareRestrictionOptions.Reason"/>.</summary>
    internal static TextLength ReasonLength { get; } = new(500);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        AftercareSettings.Dictionary(
            nameof(Restrictions),
            static o => o.Restrictions ??= new Dictionary<string, AftercareRestrictionOptions>(StringComparer.Ordinal),
            static key => key,
            AftercareRestrictionOptions.Settings));
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
    /// The minimum window: elapsed time after the session end before the activity is allowed with caution; not above
    /// <see cref="Recommended"/> when both are set.
    /// <value>The default value is <see langword="null"/>: the library's default, lowered to <see cref="Recommended"/> if that is set below it;
    /// allowed: greater than 00:00:00, at most 30.00:00:00 (30 days).</value>
    /// </summary>
    public TimeSpan? Minimum { get; set; }

    /// <summary>
    /// The recommended window: elapsed time after the session end before the activity is fully allowed; not below <see cref="Minimum"/>.
    /// <value>The default value is <see langword="null"/>: the library's default, raised to <see cref="Minimum"/> if that is set above it;
    /// allowed: greater than 00:00:00, at most 30.00:00:00 (30 days).</value>
    /// </summary>
    public TimeSpan? Recommended { get; set; }

    /// <summary>
    /// The clinic's own patient-facing guidance for the restriction, replacing the library's text.
    /// <value>The default value is <see langword="null"/>: the library's text; allowed: 1 to 2000 characters, not blank.</value>
    /// </summary>
    public string? Guidance { get; set; }

    /// <summary>
    /// Why the clinic changed the library's default, recorded on the restriction.
    /// <value>The default value is <see langword="null"/>; allowed: 1 to 500 characters, not blank.</value>
    /// </summary>
    public string? Reason { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        RestrictionSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v),
        RestrictionSettings.Duration(nameof(Minimum), static (o, v) => o.Minimum = v, AftercareOptions.WindowRange),
        RestrictionSettings.Duration(nameof(Recommended), static (o, v) => o.Recommended = v, AftercareOptions.WindowRange),
        RestrictionSettings.Text(nameof(Guidance), static (o, v) => o.Guidance = v, AftercareOptions.GuidanceLength),
        RestrictionSettings.Text(nameof(Reason), static (o, v) => o.Reason = v, AftercareOptions.ReasonLength));
}
