using System.Collections.Immutable;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>The compiled, immutable eligibility rules of one policy snapshot, with their notes built once.</summary>
internal sealed class EligibilityRuleSet
{
    private EligibilityRuleSet(CompiledRule[] rules, int minimumAgeYears, IReadOnlyList<string> pregnancyAvoidanceComponents, CompiledTexts texts)
    {
        Rules = rules;
        MinimumAgeYears = minimumAgeYears;
        PregnancyAvoidanceComponents = pregnancyAvoidanceComponents;
        Texts = texts;
    }

    /// <summary>The rules in force, in evaluation order.</summary>
    public CompiledRule[] Rules { get; }

    public int MinimumAgeYears { get; }

    public IReadOnlyList<string> PregnancyAvoidanceComponents { get; }

    /// <summary>Every note text in force, by text id.</summary>
    public CompiledTexts Texts { get; }

    internal readonly record struct CompiledRule(Func<PatientProfile, RuleState> Condition, EligibilityNote Fired, EligibilityNote Missing, RuleDescriptor Descriptor);

    /// <summary>The ids of the built-in rules, in evaluation order.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [.. BuiltIn.Select(r => r.Id)];

    private static IReadOnlyList<EligibilityRule> BuiltIn => DefaultEligibilityRules.Create(EligibilityOptions.DefaultMinimumAgeYears, DefaultEligibilityRules.DefaultPregnancyAvoidanceComponents);

    public static IReadOnlyList<EligibilityRule> AllRules(EligibilityOptions options) =>
        [.. DefaultEligibilityRules.Create(options.MinimumAgeYears, EffectiveComponents(options)), .. options.CustomRules];

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
    public static EligibilityRuleSet Compile(EligibilityOptions options, PolicyFingerprint fingerprint)
    {
        IReadOnlyList<string> components = EffectiveComponents(options);
        fingerprint.Add("eligibility.minimumAgeYears", options.MinimumAgeYears);
        fingerprint.Add("eligibility.pregnancyAvoidanceComponents", components);

        IReadOnlyList<EligibilityRule> rules = AllRules(options);
        CompiledTexts texts = Catalog(rules).Compile(options.Texts, fingerprint);
        Dictionary<string, EligibilityRuleOptions> settings = ClinicKeys.ById(options.Rules, static key => key.ToLowerInvariant());
        bool ageChanged = options.MinimumAgeYears != EligibilityOptions.DefaultMinimumAgeYears;
        bool componentsChanged = !components.SequenceEqual(DefaultEligibilityRules.DefaultPregnancyAvoidanceComponents, StringComparer.Ordinal);

        var compiled = new List<CompiledRule>();
        foreach (EligibilityRule rule in rules)
        {
            EligibilityRuleOptions? setting = settings.GetValueOrDefault(rule.Id);
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
            if (!enabled)
            {
                continue;
            }

            var fired = new EligibilityNote(rule.Id, outcome, RuleState.Fired, text, rule.Rationale, provenance, rule.Citation, rule.Contraindication, facts);
            var missing = new EligibilityNote(rule.Id, EligibilityOutcome.NeedsInformation, RuleState.MissingInformation, missingText, rule.Rationale, provenance, rule.Citation, rule.Contraindication, facts);
            compiled.Add(new CompiledRule(rule.Condition, fired, missing, new RuleDescriptor(rule.Id, text, rule.Rationale, provenance, rule.Citation)));
        }

        return new EligibilityRuleSet([.. compiled], options.MinimumAgeYears, components, texts);
    }
}
