using MesoRules.Core;
using DisclosureSettings = MesoRules.Core.Settings<MesoRules.Disclosure.DisclosureOptions>;
using RiskSettings = MesoRules.Core.Settings<MesoRules.Disclosure.DisclosureRiskOptions>;
using StatementSettings = MesoRules.Core.Settings<MesoRules.Disclosure.DisclosureStatementOptions>;

namespace MesoRules.Disclosure;

/// <summary>
/// The clinic's risk-disclosure settings, bound from the configuration section <c>MesoRules:Disclosure</c>.
/// Every change (a wording override, the consent switch) changes the policy version and the content hash of
/// every disclosure, so acknowledgments of the old wording become stale.
/// </summary>
/// <example>
/// In <c>appsettings.json</c>, replacing the infection risk's wording (for example with a translation):
/// <code>
/// "MesoRules": { "Disclosure": {
///   "RequireConsent": true,
///   "Risks": { "disclosure.risk.infection": { "Title": "Infektion", "Text": "..." } },
///   "Statements": { "disclosure.alternatives": { "Text": "..." } },
///   "Labels": { "Likelihood": "Häufigkeit", "TypicalCourse": "Typischer Verlauf" }
/// } }
/// </code>
/// </example>
public sealed class DisclosureOptions
{
    /// <summary>
    /// Whether a valid acknowledgment of the current disclosure must precede the first session. A planner
    /// reads it through <see cref="DisclosureEngine.CheckConsent"/>, whose result is blocking only when this is set.
    /// <value>The default value is <see langword="true"/>.</value>
    /// </summary>
    public bool RequireConsent { get; set; } = true;

    /// <summary>
    /// The clinic's wording per risk, keyed by risk id (see <see cref="DisclosureRuleIds.Risks"/>, for example
    /// <c>disclosure.risk.infection</c>). Unknown ids fail validation.
    /// <value>The default value is empty: every risk keeps the library's wording.</value>
    /// </summary>
    public IDictionary<string, DisclosureRiskOptions> Risks { get; set; } =
        new Dictionary<string, DisclosureRiskOptions>(StringComparer.Ordinal);

    /// <summary>
    /// The clinic's wording per statement, keyed by statement id (see <see cref="DisclosureRuleIds.Statements"/>,
    /// for example <c>disclosure.alternatives</c>). Unknown ids fail validation.
    /// <value>The default value is empty: every statement keeps the library's wording.</value>
    /// </summary>
    public IDictionary<string, DisclosureStatementOptions> Statements { get; set; } =
        new Dictionary<string, DisclosureStatementOptions>(StringComparer.Ordinal);

    /// <summary>
    /// The clinic's wording of the fixed labels of a rendered disclosure, keyed by label name (see
    /// <see cref="DisclosureLabels.Names"/>, for example <c>Likelihood</c> or <c>WhenToContactTheClinic</c>), so
    /// that a translated disclosure is translated throughout. Unknown names fail validation.
    /// <value>The default value is empty: every label keeps the library's English wording; allowed: each label 1 to 200 characters, not blank, on one line.</value>
    /// </summary>
    public IDictionary<string, string> Labels { get; set; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The allowed length of a title or a label.</summary>
    internal static TextLength TitleLength { get; } = new(200);

    /// <summary>The allowed length of a text: a risk's text, course, mitigation or reason, a statement's text.</summary>
    internal static TextLength TextLength { get; } = new(2000);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        DisclosureSettings.Flag(nameof(RequireConsent), static (o, v) => o.RequireConsent = v),
        DisclosureSettings.Dictionary(
            nameof(Risks), static o => o.Risks ??= new Dictionary<string, DisclosureRiskOptions>(StringComparer.Ordinal), static key => key.ToLowerInvariant(), DisclosureRiskOptions.Settings),
        DisclosureSettings.Dictionary(
            nameof(Statements), static o => o.Statements ??= new Dictionary<string, DisclosureStatementOptions>(StringComparer.Ordinal), static key => key.ToLowerInvariant(), DisclosureStatementOptions.Settings),
        DisclosureSettings.Texts(
            nameof(Labels), static o => o.Labels ??= new Dictionary<string, string>(StringComparer.Ordinal), static key => Canonical(DisclosureLabels.Names, key)));

    /// <summary>A key as <paramref name="known"/> spells it when it names one of them ignoring case, as configuration keys are compared; otherwise as written (validation refuses it).</summary>
    internal static string Canonical(IEnumerable<string> known, string key) =>
        known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;
}

/// <summary>The clinic's wording for one risk. Properties left <see langword="null"/> keep the library's wording; a set property must not be blank.</summary>
public sealed class DisclosureRiskOptions
{
    /// <summary>The risk's title. <value>The default value is <see langword="null"/>: the library's title; allowed: 1 to 200 characters, not blank.</value></summary>
    public string? Title { get; set; }

    /// <summary>What the risk is, for the patient. <value>The default value is <see langword="null"/>: the library's text; allowed: 1 to 2000 characters, not blank.</value></summary>
    public string? Text { get; set; }

    /// <summary>The typical course (onset, how long it lasts). <value>The default value is <see langword="null"/>: the library's text; allowed: 1 to 2000 characters, not blank.</value></summary>
    public string? Course { get; set; }

    /// <summary>What reduces the risk. <value>The default value is <see langword="null"/>: the library's text; allowed: 1 to 2000 characters, not blank.</value></summary>
    public string? Mitigation { get; set; }

    /// <summary>
    /// The clinic's wording of the reasons shown when the risk is raised for a patient, keyed by reason:
    /// infection <c>health.infectionPredisposition</c>, <c>health.immunosuppression</c>, <c>health.diabetes</c>;
    /// allergic reaction <c>allergy.component</c>, <c>allergy.other</c>; skin irritation
    /// <c>health.activeSkinDisease</c>, <c>health.activeScalpInfection</c>; uneven results
    /// <c>cause.undiagnosed</c>, <c>cause.other</c>; scarring <c>health.keloidTendency</c>. A key the risk does
    /// not have fails validation, listing its keys. <value>The default value is empty: the library's wording; allowed: each text 1 to
    /// 2000 characters, not blank.</value>
    /// </summary>
    public IDictionary<string, string> RaisedBecause { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        RiskSettings.Text(nameof(Title), static (o, v) => o.Title = v, DisclosureOptions.TitleLength),
        RiskSettings.Text(nameof(Text), static (o, v) => o.Text = v, DisclosureOptions.TextLength),
        RiskSettings.Text(nameof(Course), static (o, v) => o.Course = v, DisclosureOptions.TextLength),
        RiskSettings.Text(nameof(Mitigation), static (o, v) => o.Mitigation = v, DisclosureOptions.TextLength),
        RiskSettings.Texts(
            nameof(RaisedBecause),
            static o => o.RaisedBecause ??= new Dictionary<string, string>(StringComparer.Ordinal),
            static key => DisclosureOptions.Canonical(DefaultDisclosureContent.Risks.SelectMany(r => r.Tailorings).Select(t => t.Key), key)));
}

/// <summary>The clinic's wording for one statement. Properties left <see langword="null"/> keep the library's wording; a set property must not be blank.</summary>
public sealed class DisclosureStatementOptions
{
    /// <summary>The statement's title. <value>The default value is <see langword="null"/>: the library's title; allowed: 1 to 200 characters, not blank.</value></summary>
    public string? Title { get; set; }

    /// <summary>The statement's text. <value>The default value is <see langword="null"/>: the library's text; allowed: 1 to 2000 characters, not blank.</value></summary>
    public string? Text { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        StatementSettings.Text(nameof(Title), static (o, v) => o.Title = v, DisclosureOptions.TitleLength),
        StatementSettings.Text(nameof(Text), static (o, v) => o.Text = v, DisclosureOptions.TextLength));
}
