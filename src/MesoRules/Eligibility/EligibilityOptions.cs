using MesoRules.Core;
using EligibilitySettings = MesoRules.Core.Settings<MesoRules.Eligibility.EligibilityOptions>;
using RuleSettings = MesoRules.Core.Settings<MesoRules.Eligibility.EligibilityRuleOptions>;

namespace MesoRules.Eligibility;

/// <summary>
/// The clinic's eligibility settings, bound from the configuration section <c>MesoRules:Eligibility</c>: the minimum
/// age, the pregnancy-avoidance substances, a switch and an outcome per rule (<see cref="Rules"/>), the wording of
/// every note (<see cref="Texts"/>), and the clinic's own C# rules.
/// </summary>
/// <example>
/// In <c>appsettings.json</c>:
/// <code>
/// "MesoRules": { "Eligibility": {
///   "MinimumAgeYears": 21,
///   "Rules": { "eligibility.keloid": { "Outcome": "ReferToSpecialist" }, "eligibility.diabetes": { "Enabled": false } },
///   "Texts": { "eligibility.pregnancy.question": "Sind Sie schwanger?" }
/// } }
/// </code>
/// </example>
public sealed class EligibilityOptions
{
    /// <summary>
    /// The youngest age, in whole years, treated without the rule <see cref="EligibilityRuleIds.Minor"/> firing.
    /// <value>The default value is 18; allowed: 0 to 100.</value>
    /// </summary>
    public int MinimumAgeYears { get; set; } = DefaultMinimumAgeYears;

    /// <summary>
    /// The clinic's recorded reason for a <see cref="MinimumAgeYears"/> below 18, which the safety floor requires; part of the
    /// policy version and shown on the notes of the rule <see cref="EligibilityRuleIds.Minor"/>.
    /// <value>The default value is <see langword="null"/>; allowed: 1 to 500 characters, not blank.</value>
    /// </summary>
    public string? MinimumAgeReason { get; set; }

    /// <summary>
    /// The clinic's settings of the medicine catalogue, keyed by class id (<see cref="Policy.MesoRulesPolicy.MedicineClasses"/>
    /// lists the shipped ones: <c>antithrombotic</c>, <c>immunosuppressant</c>, <c>systemic-corticosteroid</c>,
    /// <c>antineoplastic</c>, <c>endocrine-cancer-therapy</c>, <c>systemic-retinoid</c>): names and ATC codes added to a
    /// shipped class, a shipped class switched off (with a reason), or a class of the clinic's own.
    /// <value>The default value is empty: the shipped catalogue; allowed: at most 64 classes in all.</value>
    /// </summary>
    public IDictionary<string, MedicineClassOptions> MedicineClasses { get; } = new Dictionary<string, MedicineClassOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Formulation components that carry pregnancy-avoidance advice. <see langword="null"/> means the
    /// library's list (<c>dutasteride</c>, <c>finasteride</c>); a list set here replaces it and must hold at least one
    /// name. <value>The default value is <see langword="null"/>; allowed: each name 1 to 200 characters, not blank.</value>
    /// </summary>
    public IList<string>? PregnancyAvoidanceComponents { get; set; }

    /// <summary>
    /// The clinic's settings per rule, keyed by rule id (see <see cref="EligibilityRuleIds"/>, or a custom rule's id;
    /// ignoring case): switch a rule off, or give it another outcome. A rule given another outcome than its own has
    /// provenance <see cref="Provenance.Clinic"/>. Every key must name an existing rule.
    /// <value>The default value is empty: every rule is on, with its own outcome.</value>
    /// </summary>
    public IDictionary<string, EligibilityRuleOptions> Rules { get; } = new Dictionary<string, EligibilityRuleOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The clinic's wording of the notes, keyed by text id: <c>&lt;rule id&gt;.text</c> (the note when the rule fires) and
    /// <c>&lt;rule id&gt;.question</c> (the note that asks for a missing fact), for built-in and custom rules alike;
    /// <see cref="Policy.MesoRulesPolicy.Texts"/> lists every id with its wording in force. A reworded rule has provenance
    /// <see cref="Provenance.Clinic"/> and keeps its citation. Unknown ids fail validation.
    /// <value>The default value is empty: the library's wording; allowed: each text 1 to 2000 characters, not blank.</value>
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

    /// <summary>
    /// The clinic's own rules, written in C#, evaluated after the built-in rules in list order. Ids must
    /// be unique across the policy. <value>The default value is empty.</value>
    /// </summary>
    public IList<EligibilityRule> CustomRules { get; } = new List<EligibilityRule>();

    /// <summary>The allowed length of a medicine class's name.</summary>
    internal static TextLength ClassNameLength { get; } = new(200);

    /// <summary>The lowest minimum age the safety floor allows without a reason.</summary>
    internal const int FloorMinimumAgeYears = 18;

    /// <summary>The library's minimum age, in years.</summary>
    internal const int DefaultMinimumAgeYears = 18;

    /// <summary>The allowed range of <see cref="MinimumAgeYears"/>, in years.</summary>
    internal static IntRange MinimumAgeRange { get; } = new(0, 100);

    /// <summary>The allowed length of each name of <see cref="PregnancyAvoidanceComponents"/>.</summary>
    internal static TextLength ComponentLength { get; } = new(200);

    /// <summary>The allowed length of a rule's texts: a custom rule's <see cref="EligibilityRule.Text"/> and <see cref="EligibilityRule.Rationale"/>, and each of <see cref="Texts"/>.</summary>
    internal static TextLength RuleTextLength { get; } = new(2000);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        EligibilitySettings.Number(nameof(MinimumAgeYears), static (o, v) => o.MinimumAgeYears = v, MinimumAgeRange),
        EligibilitySettings.Text(nameof(MinimumAgeReason), static (o, v) => o.MinimumAgeReason = v, SafetyFloor.ReasonLength),
        EligibilitySettings.Dictionary(nameof(MedicineClasses), static o => o.MedicineClasses, static key => key.ToLowerInvariant(), MedicineClassOptions.Settings),
        EligibilitySettings.TextList(nameof(PregnancyAvoidanceComponents), "[\"dutasteride\", \"finasteride\"]", static (o, v) => o.PregnancyAvoidanceComponents = v),
        EligibilitySettings.Dictionary(
            nameof(Rules),
            static o => o.Rules,
            static key => key.ToLowerInvariant(), // Rule ids are lower case; configuration keys are not case-sensitive.
            EligibilityRuleOptions.Settings),
        EligibilitySettings.Texts(nameof(Texts), static o => o.Texts, static key => key.ToLowerInvariant()),
        EligibilitySettings.Translations(nameof(Translations), static o => o.Translations),
        EligibilitySettings.Refused(
            nameof(CustomRules),
            "clinic rules are C# conditions and cannot come from configuration; add them in AddMesoRules(configuration, options => options.Eligibility.CustomRules.Add(...))."));
}

/// <summary>
/// The clinic's setting for one eligibility rule. Properties left <see langword="null"/> keep the rule's own; the
/// rule's wording is set through <see cref="EligibilityOptions.Texts"/>.
/// </summary>
public sealed class EligibilityRuleOptions
{
    /// <summary>
    /// Whether the rule is in force. A rule switched off is not evaluated, gives no note, and is not listed in
    /// <see cref="Policy.MesoRulesPolicy.Rules"/>. <value>The default value is <see langword="null"/>: the rule's own default, on.</value>
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// The outcome the rule gives when it fires, replacing its own; a rule re-graded so has provenance
    /// <see cref="Provenance.Clinic"/>. <value>The default value is <see langword="null"/>: the rule's own outcome.</value>
    /// </summary>
    public EligibilityOutcome? Outcome { get; set; }

    /// <summary>
    /// The clinic's recorded reason for the setting. Required by the safety floor to switch off, or give a less
    /// restrictive outcome to, an absolute contraindication (pregnancy, breastfeeding, active scalp infection, anaphylaxis
    /// or allergy to a component, minor, cancer treatment, a clinic rule marked absolute) or a check of answers against
    /// each other; part of the policy version, and shown on the rule's notes and in <see cref="Policy.MesoRulesPolicy.Rules"/>.
    /// <value>The default value is <see langword="null"/>; allowed: 1 to 500 characters, not blank.</value>
    /// </summary>
    public string? Reason { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        RuleSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v),
        RuleSettings.Names<EligibilityOutcome>(nameof(Outcome), static (o, v) => o.Outcome = v),
        RuleSettings.Text(nameof(Reason), static (o, v) => o.Reason = v, SafetyFloor.ReasonLength));
}
