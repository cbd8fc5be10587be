using System.Collections.Immutable;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>The compiled, immutable eligibility rules of one policy snapshot, with their notes built once.</summary>
internal sealed class EligibilityRuleSet
{
    private readonly BuiltInSettings _builtIn;

    private EligibilityRuleSet(CompiledRule[] rules, RuleDescriptor[] switchedOff, BuiltInSettings settings, CompiledTexts texts)
    {
        Rules = rules;
        SwitchedOff = switchedOff;
        MinimumAgeYears = settings.MinimumAgeYears;
        Medicines = settings.Medicines;
        _builtIn = settings;
        Texts = texts;
    }

    /// <summary>The rules in force, in evaluation order.</summary>
    public CompiledRule[] Rules { get; }

    /// <summary>The rules the clinic switched off, with the reason where the safety floor asked for one.</summary>
    public RuleDescriptor[] SwitchedOff { get; }

    public int MinimumAgeYears { get; }

    /// <summary>The medicine catalogue.</summary>
    public MedicineCatalog Medicines { get; }

    /// <summary>Reads a (validated) patient's lists once for an assessment: the medicine classes and the allergies' match with the mix.</summary>
    public PatientScreen Screen(PatientProfile patient) => _builtIn.Screen(patient);

    /// <summary>Every note text in force in English, by text id.</summary>
    public CompiledTexts Texts { get; }

    private readonly PerLanguage<CompiledRule[]> _languages = new();

    /// <summary>The rules in force with their notes worded in <paramref name="language"/>, built on first use, once.</summary>
    public CompiledRule[] RulesIn(PatientLanguage language) =>
        language.Index == 0 ? Rules : _languages.Get(language, this, static (self, l) => self.Worded(self.Texts.In(l)));

    /// <summary>The rules in force with their notes in the wording of <paramref name="texts"/>.</summary>
    private CompiledRule[] Worded(CompiledTexts texts) =>
    [
        .. Rules.Select(r => r with
        {
            Fired = r.Fired.Worded(texts[$"{r.Fired.RuleId}.text"], texts.Reworded(r.Fired.RuleId)),
            Missing = r.Missing.Worded(texts[$"{r.Missing.RuleId}.question"], texts.Reworded(r.Missing.RuleId)),
        }),
    ];

    /// <summary>A rule ready to evaluate: its condition over the profile and the patient's screen (and, for a built-in rule of a common shape, the same condition as data), its notes, and what its notes say of a firing.</summary>
    internal readonly record struct CompiledRule(Func<PatientProfile, PatientScreen, RuleState> Condition, Func<PatientProfile, PatientScreen, string?>? Detail, EligibilityNote Fired, EligibilityNote Missing, RuleDescriptor Descriptor, RuleShortcut Shortcut = default);

    /// <summary>The ids of the built-in rules of the shipped catalogue, in evaluation order.</summary>
    public static IReadOnlyList<string> BuiltInIds => field ??= [.. ShippedRules.Select(r => r.Id)];

    /// <summary>The built-in rules with the shipped settings.</summary>
    public static IReadOnlyList<EligibilityRule> ShippedRules => field ??= DefaultEligibilityRules.Create(Settings(new EligibilityOptions(), IngredientNames.Shipped, MedicineCatalog.Shipped));

    /// <summary>The built-in rules for <paramref name="options"/> (the medicine catalogue adds a rule per class without a health question), then the clinic's.</summary>
    public static IReadOnlyList<EligibilityRule> AllRules(EligibilityOptions options, IngredientNames ingredients) =>
        AllRules(options, Settings(options, ingredients, MedicineCatalog.Compile(options, null)));

    private static IReadOnlyList<EligibilityRule> AllRules(EligibilityOptions options, BuiltInSettings settings) =>
        [.. DefaultEligibilityRules.Create(settings), .. options.CustomRules];

    private static BuiltInSettings Settings(EligibilityOptions options, IngredientNames ingredients, MedicineCatalog medicines) =>
        new(options.MinimumAgeYears, ingredients.Expand(EffectiveComponents(options)), ingredients, medicines);

    private static string[] EffectiveComponents(EligibilityOptions options) =>
        options.PregnancyAvoidanceComponents is { } list ? [.. list] : DefaultEligibilityRules.DefaultPregnancyAvoidanceComponents;

    /// <summary>
    /// The note texts of <paramref name="rules"/>: <c>&lt;id&gt;.text</c>, the note when the rule fires, and <c>&lt;id&gt;.question</c>,
    /// the note that asks for a missing fact. A rule id given twice (a validation failure of its own) counts once.
    /// </summary>
    public static TextCatalog Catalog(IEnumerable<EligibilityRule> rules) => new(
        "eligibility",
        rules.DistinctBy(r => r.Id, StringComparer.Ordinal).SelectMany(r => new TextDefault[]
        {
            new($"{r.Id}.text", r.Id, r.Text, EligibilityOptions.RuleTextLength),
            new($"{r.Id}.question", r.Id, Question(r), EligibilityOptions.RuleTextLength),
        }));

    /// <summary>The rule's own question, or one naming its facts.</summary>
    private static string Question(EligibilityRule rule) =>
        rule.MissingInformationText
        ?? (rule.Facts is not { Count: > 0 } facts ? "More information is needed for this rule." : $"More information is needed: {string.Join(", ", facts)}.");

    /// <summary>Compiles validated options; the fingerprint receives every effective setting and rule.</summary>
    public static EligibilityRuleSet Compile(EligibilityOptions options, IngredientNames ingredients, PolicyFingerprint fingerprint)
    {
        IReadOnlyList<string> components = EffectiveComponents(options);
        fingerprint.Add("eligibility.minimumAgeYears", options.MinimumAgeYears);
        if (options.MinimumAgeReason is not null)
        {
            fingerprint.Add("eligibility.minimumAgeReason", options.MinimumAgeReason);
        }

        fingerprint.Add("eligibility.pregnancyAvoidanceComponents", components);
        BuiltInSettings built = Settings(options, ingredients, MedicineCatalog.Compile(options, fingerprint));
        IReadOnlyList<EligibilityRule> rules = AllRules(options, built);
        CompiledTexts texts = Catalog(rules).Compile(options.Texts, options.Translations, fingerprint);
        Dictionary<string, EligibilityRuleOptions> settings = ClinicKeys.ById(options.Rules, static key => key.ToLowerInvariant());
        bool ageChanged = options.MinimumAgeYears != EligibilityOptions.DefaultMinimumAgeYears;
        bool componentsChanged = !components.SequenceEqual(DefaultEligibilityRules.DefaultPregnancyAvoidanceComponents, StringComparer.Ordinal);

        var compiled = new List<CompiledRule>();
        var switchedOff = new List<RuleDescriptor>();
        foreach (EligibilityRule rule in rules)
        {
            EligibilityRuleOptions? setting = settings.GetValueOrDefault(rule.Id);
            string? reason = setting?.Reason ?? (rule.Id == EligibilityRuleIds.Minor ? options.MinimumAgeReason : null);
            bool enabled = setting?.Enabled ?? true;
            EligibilityOutcome outcome = setting?.Outcome ?? rule.Outcome;
            ImmutableArray<string> facts = [.. rule.Facts];
            string text = texts[$"{rule.Id}.text"];
            string missingText = texts[$"{rule.Id}.question"];

            // A rule the clinic rewords, re-grades or decides with its own parameter is the clinic's; its citation stays.
            bool changed = outcome != rule.Outcome
                || texts.Reworded(rule.Id)
                || (ageChanged && rule.Id == EligibilityRuleIds.Minor)
                || (componentsChanged && rule.Id == EligibilityRuleIds.PregnancyAvoidanceComponent);
            Provenance provenance = changed ? Provenance.Clinic : rule.Provenance;

            fingerprint.Fields($"eligibility.rule.{rule.Id}")
                .Field("enabled", enabled)
                .Field("outcome", outcome)
                .Field("contraindication", rule.Contraindication)
                .Field("provenance", provenance)
                .Field("text", text)
                .Field("rationale", rule.Rationale)
                .Field("citation", rule.Citation)
                .Field("missingText", missingText)
                .Field("facts", facts);
            if (reason is not null)
            {
                // Written only when given, so that a policy without reasons keeps its version.
                fingerprint.Fields($"eligibility.rule.{rule.Id}").Field("clinicReason", reason);
            }

            var descriptor = new RuleDescriptor(rule.Id, text, rule.Rationale, provenance, rule.Citation, reason);
            if (!enabled)
            {
                switchedOff.Add(descriptor);
                continue;
            }

            var fired = new EligibilityNote(rule.Id, outcome, RuleState.Fired, text, rule.Rationale, provenance, rule.Citation, rule.Contraindication, facts, null, reason);
            var missing = new EligibilityNote(rule.Id, EligibilityOutcome.NeedsInformation, RuleState.MissingInformation, missingText, rule.Rationale, provenance, rule.Citation, rule.Contraindication, facts, null, reason);
            Func<PatientProfile, RuleState> condition = rule.Condition;
            compiled.Add(new CompiledRule(rule.Screened ?? ((p, _) => condition(p)), rule.Detail, fired, missing, descriptor, rule.Shortcut));
        }

        return new EligibilityRuleSet([.. compiled], [.. switchedOff], built, texts);
    }
}
