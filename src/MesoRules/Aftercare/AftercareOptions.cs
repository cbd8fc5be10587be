using MesoRules.Core;
using AftercareSettings = MesoRules.Core.Settings<MesoRules.Aftercare.AftercareOptions>;
using RuleSettings = MesoRules.Core.Settings<MesoRules.Aftercare.AftercareRuleOptions>;

namespace MesoRules.Aftercare;

/// <summary>
/// The clinic's aftercare settings, bound from the configuration section <c>MesoRules:Aftercare</c>: a switch, the
/// windows and a reason per rule (<see cref="Rules"/>), and the wording of every text, the sheet's included
/// (<see cref="Texts"/>). Every rule not named keeps the library's default (see <see cref="AftercareActivity"/>).
/// </summary>
/// <example>
/// In <c>appsettings.json</c>:
/// <code>
/// "MesoRules": { "Aftercare": {
///   "Rules": {
///     "Sun": { "Minimum": "3.00:00:00", "Recommended": "7.00:00:00", "Reason": "Clinic protocol for summer" },
///     "aftercare.alcohol": { "Enabled": false }
///   },
///   "Texts": { "aftercare.sun.guidance": "Keine Sonne und kein Solarium.", "aftercare.sheet.general-care": "Allgemeine Pflege" }
/// } }
/// </code>
/// </example>
public sealed class AftercareOptions
{
    /// <summary>
    /// The clinic's settings per rule, keyed by rule id (<c>aftercare.sun</c>, <c>aftercare.guidance.gentle-shampoo</c>;
    /// see <see cref="AftercareRuleIds"/>) or, for a restriction, by its activity's name (<c>Sun</c>), ignoring case.
    /// Each rule may be named once; unknown keys fail validation. A restriction whose window the clinic changes has
    /// provenance <see cref="Provenance.Clinic"/> and keeps its citation.
    /// <value>The default value is empty: every rule is on, with the library's windows.</value>
    /// </summary>
    public IDictionary<string, AftercareRuleOptions> Rules { get; } =
        new Dictionary<string, AftercareRuleOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The clinic's wording of every aftercare text, keyed by text id: a restriction's <c>&lt;rule id&gt;.title</c> and
    /// <c>&lt;rule id&gt;.guidance</c>, a guidance item's <c>&lt;rule id&gt;.text</c>, and the sheet's own words
    /// <c>aftercare.sheet.*</c> (headings, labels, the "avoid until" sentences with their placeholders such as
    /// <c>{time}</c>). <see cref="Policy.MesoRulesPolicy.Texts"/> lists every id with its wording in force. A reworded
    /// rule has provenance <see cref="Provenance.Clinic"/> and keeps its citation. Unknown ids fail validation.
    /// <value>The default value is empty: the library's wording; allowed: each title, label or heading 1 to 200
    /// characters on one line, each other text 1 to 2000 characters, none blank.</value>
    /// </summary>
    public IDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The clinic's wording in the other shipped languages, by language tag (<c>es</c>, <c>pt</c>, <c>fr</c>, <c>it</c>), then
    /// by text id as in <see cref="Texts"/>: <c>"Translations": { "es": { "&lt;text id&gt;": "…" } }</c>. A text set here replaces
    /// the shipped translation in that language; a text reworded in <see cref="Texts"/> and not here is shown in the
    /// clinic's English in that language, so that the clinic's meaning is kept. <see cref="Policy.MesoRulesPolicy.TextsIn(Localization.PatientLanguage)"/>
    /// lists every text of a language with where its wording comes from. Validated like <see cref="Texts"/>; a key that
    /// is not a shipped language other than English fails validation.
    /// <value>The default value is empty: the shipped translations.</value>
    /// </summary>
    public IDictionary<string, IDictionary<string, string>> Translations { get; } = new Dictionary<string, IDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The allowed range of every window a clinic (<see cref="AftercareRuleOptions"/>) or a practitioner (<see cref="AftercareInstruction"/>) sets: greater than zero, at most 30 days.</summary>
    internal static DurationRange WindowRange { get; } = new(TimeSpan.Zero, TimeSpan.FromDays(30), minExcluded: true);


    /// <summary>The allowed length of a title, a label or a heading.</summary>
    internal static TextLength TitleLength { get; } = new(200);

    /// <summary>The allowed length of guidance.</summary>
    internal static TextLength TextLength { get; } = new(2000);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        AftercareSettings.Dictionary(
            nameof(Rules),
            static o => o.Rules,
            static key => key,
            AftercareRuleOptions.Settings),
        AftercareSettings.Texts(nameof(Texts), static o => o.Texts, static key => key.ToLowerInvariant()),
        AftercareSettings.Translations(nameof(Translations), static o => o.Translations));
}

/// <summary>
/// The clinic's setting for one aftercare rule: a restriction (switch, windows, reason) or a guidance item (switch
/// only). Properties left <see langword="null"/> keep the library's default; the rule's wording is set through
/// <see cref="AftercareOptions.Texts"/>.
/// </summary>
public sealed class AftercareRuleOptions
{
    /// <summary>
    /// Whether the rule is in force. A restriction switched off has no window (checks answer
    /// <see cref="AftercareStatus.Allowed"/>) unless a practitioner's instruction sets one; guidance switched off is
    /// not shown. Either is not listed in <see cref="Policy.MesoRulesPolicy.Rules"/>.
    /// <value>The default value is <see langword="null"/>: the rule's own default, on.</value>
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// A restriction's minimum window: elapsed time after the session end before the activity is allowed with caution;
    /// not above <see cref="Recommended"/> when both are set. Guidance has no window.
    /// <value>The default value is <see langword="null"/>: the library's default, lowered to <see cref="Recommended"/> if that is set below it;
    /// allowed: greater than 00:00:00, at most 30.00:00:00 (30 days).</value>
    /// </summary>
    public TimeSpan? Minimum { get; set; }

    /// <summary>
    /// A restriction's recommended window: elapsed time after the session end before the activity is fully allowed; not below <see cref="Minimum"/>.
    /// <value>The default value is <see langword="null"/>: the library's default, raised to <see cref="Minimum"/> if that is set above it;
    /// allowed: greater than 00:00:00, at most 30.00:00:00 (30 days).</value>
    /// </summary>
    public TimeSpan? Recommended { get; set; }

    /// <summary>
    /// Why the clinic changed a restriction's default, recorded on it (<see cref="AftercareRestriction.ClinicReason"/>) and part
    /// of the policy version. The safety floor requires it to switch a restriction off or to set a window shorter than the
    /// shipped minimum. <value>The default value is <see langword="null"/>; allowed: 1 to 500 characters, not blank.</value>
    /// </summary>
    public string? Reason { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        RuleSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v),
        RuleSettings.Duration(nameof(Minimum), static (o, v) => o.Minimum = v, AftercareOptions.WindowRange),
        RuleSettings.Duration(nameof(Recommended), static (o, v) => o.Recommended = v, AftercareOptions.WindowRange),
        RuleSettings.Text(nameof(Reason), static (o, v) => o.Reason = v, SafetyFloor.ReasonLength));
}
