using MesoRules.Core;
using DisclosureSettings = MesoRules.Core.Settings<MesoRules.Disclosure.DisclosureOptions>;
using RuleSettings = MesoRules.Core.Settings<MesoRules.Disclosure.DisclosureRuleOptions>;

namespace MesoRules.Disclosure;

/// <summary>
/// The clinic's risk-disclosure settings, bound from the configuration section <c>MesoRules:Disclosure</c>: the
/// consent switch (<see cref="Rules"/>) and the wording of every text a disclosure shows (<see cref="Texts"/>). Every
/// change changes the policy version and the content hash of every disclosure, so acknowledgments of the old wording
/// become stale.
/// </summary>
/// <example>
/// In <c>appsettings.json</c>, replacing the infection risk's wording (for example with a translation):
/// <code>
/// "MesoRules": { "Disclosure": {
///   "Rules": { "disclosure.consent": { "Enabled": true } },
///   "Texts": {
///     "disclosure.risk.infection.title": "Infektion",
///     "disclosure.risk.infection.raised-by.diabetes": "Diabetes erhöht das Infektionsrisiko.",
///     "disclosure.alternatives.text": "...",
///     "disclosure.label.likelihood": "Häufigkeit"
///   }
/// } }
/// </code>
/// </example>
public sealed class DisclosureOptions
{
    /// <summary>
    /// The clinic's settings per rule, keyed by rule id (see <see cref="DisclosureRuleIds"/>; ignoring case). Only
    /// <see cref="DisclosureRuleIds.Consent"/> can be switched off: then no valid acknowledgment is required before the
    /// first session (<see cref="DisclosureEngine.CheckConsent"/> never blocks). What a disclosure shows, the general
    /// statement, the six risks, the alternatives and the signs to watch for, is always shown, and switching one of them
    /// off fails validation. <value>The default value is empty: consent is required.</value>
    /// </summary>
    public IDictionary<string, DisclosureRuleOptions> Rules { get; } = new Dictionary<string, DisclosureRuleOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The clinic's wording of every disclosure text, keyed by text id: a statement's <c>&lt;rule id&gt;.title</c> and
    /// <c>.text</c>; a risk's <c>.title</c>, <c>.text</c>, <c>.course</c>, <c>.mitigation</c> and the reasons it is raised,
    /// <c>&lt;risk id&gt;.raised-by.&lt;reason&gt;</c> (infection: <c>infection-predisposition</c>, <c>immunosuppression</c>,
    /// <c>diabetes</c>; allergic reaction: <c>allergy-component</c>, <c>allergy-other</c>; skin irritation:
    /// <c>active-skin-disease</c>, <c>active-scalp-infection</c>; uneven results: <c>cause-undiagnosed</c>,
    /// <c>cause-other</c>; scarring: <c>keloid-tendency</c>); the consent rule's <c>disclosure.consent.summary</c>; and the
    /// fixed labels of a rendered disclosure, <c>disclosure.label.&lt;name&gt;</c> for each of <see cref="DisclosureLabels.Names"/>
    /// (<c>disclosure.label.likelihood</c>, <c>disclosure.label.when-to-contact-the-clinic</c>), so that a translated
    /// disclosure is translated throughout. <see cref="Policy.MesoRulesPolicy.Texts"/> lists every id with its wording in
    /// force. A reworded risk or statement has provenance <see cref="Provenance.Clinic"/> and keeps its citation. Unknown
    /// ids fail validation.
    /// <value>The default value is empty: the library's English wording; allowed: each title or label 1 to 200 characters
    /// on one line, each other text 1 to 2000 characters, none blank.</value>
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

    /// <summary>The allowed length of a title or a label.</summary>
    internal static TextLength TitleLength { get; } = new(200);

    /// <summary>The allowed length of a text: a risk's text, course, mitigation or reason, a statement's text.</summary>
    internal static TextLength TextLength { get; } = new(2000);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        DisclosureSettings.Dictionary(
            nameof(Rules), static o => o.Rules, static key => key.ToLowerInvariant(), DisclosureRuleOptions.Settings),
        DisclosureSettings.Texts(nameof(Texts), static o => o.Texts, static key => key.ToLowerInvariant()),
        DisclosureSettings.Translations(nameof(Translations), static o => o.Translations));
}

/// <summary>The clinic's setting for one disclosure rule; the wording is set through <see cref="DisclosureOptions.Texts"/>.</summary>
public sealed class DisclosureRuleOptions
{
    /// <summary>
    /// Whether the rule is in force; only <see cref="DisclosureRuleIds.Consent"/> can be switched off. A rule switched off
    /// is not applied and is not listed in <see cref="Policy.MesoRulesPolicy.Rules"/>.
    /// <value>The default value is <see langword="null"/>: the rule's own default, on.</value>
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(RuleSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v));
}
