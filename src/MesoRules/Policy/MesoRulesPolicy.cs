using System.Collections.Immutable;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Planning;
using Microsoft.Extensions.Options;

namespace MesoRules.Policy;

/// <summary>
/// An immutable snapshot of the clinic's validated settings and rules, with a stable version id. Every
/// engine result carries the <see cref="Version"/> of the snapshot that produced it. The snapshot is its
/// own <see cref="IMesoRulesPolicyProvider"/>, so engines built with <see langword="new"/> from it use it for ever.
/// </summary>
public sealed class MesoRulesPolicy : IMesoRulesPolicyProvider
{
    private static readonly Lazy<MesoRulesPolicy> DefaultPolicy = new(() => Create(new MesoRulesOptions()));

    // Lists for callers that read the whole policy (documentation, audits), not for the engines: built on first read,
    // from the immutable rule sets only, once.
    private readonly Lazy<ImmutableArray<RuleDescriptor>> _rules;
    private readonly Lazy<ImmutableSortedDictionary<string, string>> _texts;

    private MesoRulesPolicy(string name, string version, string canonicalText, IngredientNames ingredients, EligibilityRuleSet eligibility, AftercareRuleSet aftercare, DisclosureRuleSet disclosure, PlanningRuleSet planning)
    {
        Ingredients = ingredients.Groups;
        MedicineClasses = eligibility.Medicines.Classes;
        SwitchedOffRules = [.. eligibility.SwitchedOff, .. aftercare.SwitchedOff];
        Name = name;
        Version = version;
        CanonicalText = canonicalText;
        EligibilityRules = eligibility;
        AftercareRules = aftercare;
        DisclosureRules = disclosure;
        PlanningRules = planning;
        ConsentRule = disclosure.Consent;
        _rules = new(
            () => [.. eligibility.Rules.Select(r => r.Descriptor), .. aftercare.Descriptors, .. disclosure.Descriptors, .. planning.Descriptors],
            LazyThreadSafetyMode.ExecutionAndPublication);
        _texts = new(
            () => ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [.. eligibility.Texts.All, .. aftercare.Texts.All, .. planning.Texts.All, .. disclosure.Texts.All]),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The policy with every shipped default.</summary>
    public static MesoRulesPolicy Default => DefaultPolicy.Value;

    /// <summary>The clinic's label for the policy (<see cref="MesoRulesOptions.PolicyName"/>).</summary>
    public string Name { get; }

    /// <summary>
    /// The version id: the first 16 lower-case hex digits of the SHA-256 of <see cref="CanonicalText"/>.
    /// Equal settings and rules give the same id in every process and on every machine; any change of a
    /// setting, a rule's wording, outcome or switch gives a new one.
    /// </summary>
    public string Version { get; }

    /// <summary>The canonical text the version hashes: one <c>key=value</c> line per effective setting and rule.</summary>
    public string CanonicalText { get; }

    /// <summary>The rules in force, in evaluation order (switched-off rules are left out; see <see cref="SwitchedOffRules"/>).</summary>
    public ImmutableArray<RuleDescriptor> Rules => _rules.Value;

    /// <summary>
    /// The eligibility rules and aftercare restrictions the clinic switched off, each with its recorded reason
    /// (<see cref="RuleDescriptor.ClinicReason"/>) where the safety floor asked for one.
    /// </summary>
    public ImmutableArray<RuleDescriptor> SwitchedOffRules { get; }

    /// <summary>The ingredient names allergies and pregnancy-avoidance substances are matched under: the shipped groups with the clinic's names, then the clinic's own groups.</summary>
    public ImmutableArray<IngredientGroup> Ingredients { get; }

    /// <summary>The medicine classes the medicine list is screened for, the shipped ones first (switched-off classes listed with their reason).</summary>
    public ImmutableArray<MedicineClass> MedicineClasses { get; }

    /// <summary>
    /// Every patient-facing text of the policy, by its stable text id (<c>eligibility.pregnancy.text</c>,
    /// <c>aftercare.sheet.general-care</c>, <c>planning.follow-up.text</c>, <c>disclosure.label.likelihood</c>), in the wording
    /// in force: the clinic's where it set one through a feature's <c>Texts</c> option, else the library's. A translation
    /// is one such dictionary in another language. A text with placeholders (<c>{date}</c>) is shown with them.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Texts => _texts.Value;

    /// <summary>
    /// Every patient-facing text of the policy in <paramref name="language"/>, in id order: its id (the same in every
    /// language and in <see cref="Texts"/>), its wording in force and where the wording comes from
    /// (<see cref="TextSource"/>; a shipped translation's provenance is <see cref="PatientLanguage.TranslationProvenance"/>).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>One entry per text id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public ImmutableArray<LocalizedText> TextsIn(PatientLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return
        [
            .. new[] { EligibilityRules.Texts, AftercareRules.Texts, PlanningRules.Texts, DisclosureRules.Texts }
                .SelectMany(t => t.In(language).Entries)
                .OrderBy(t => t.Id, StringComparer.Ordinal),
        ];
    }

    internal EligibilityRuleSet EligibilityRules { get; }

    internal AftercareRuleSet AftercareRules { get; }

    internal DisclosureRuleSet DisclosureRules { get; }

    internal PlanningRuleSet PlanningRules { get; }

    /// <summary>The consent gate's rule, or <see langword="null"/> when the policy does not require consent.</summary>
    internal RuleDescriptor? ConsentRule { get; }

    MesoRulesPolicy IMesoRulesPolicyProvider.Current => this;

    /// <summary>Validates <paramref name="options"/> and compiles them into a snapshot. Later changes to the options do not affect it.</summary>
    /// <param name="options">The clinic's settings.</param>
    /// <returns>The compiled snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid; <see cref="OptionsValidationException.Failures"/> lists every failure.</exception>
    public static MesoRulesPolicy Create(MesoRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsFailures failures = MesoRulesOptionsValidator.Collect(options);
        if (failures.Any)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MesoRulesOptions), failures.Items);
        }

        return Compile(options);
    }

    /// <summary>
    /// Compiles options that <see cref="MesoRulesOptionsValidator"/> has accepted, as they are now (the caller makes sure
    /// nothing changed them since). Whatever a snapshot builds later, on first use, is made from what this compiled, never
    /// from the options, so it cannot fail either.
    /// </summary>
    internal static MesoRulesPolicy Compile(MesoRulesOptions options)
    {
        var fingerprint = new PolicyFingerprint();
        fingerprint.Add("policyName", options.PolicyName);
        IngredientNames ingredients = IngredientNames.Compile(options.Ingredients, fingerprint);
        EligibilityRuleSet eligibility = EligibilityRuleSet.Compile(options.Eligibility, ingredients, fingerprint);
        AftercareRuleSet aftercare = AftercareRuleSet.Compile(options.Aftercare, fingerprint);
        DisclosureRuleSet disclosure = DisclosureRuleSet.Compile(options.Disclosure, new TailoringContext(ingredients, eligibility.Medicines), fingerprint);
        PlanningRuleSet planning = PlanningRuleSet.Compile(options.Planning, fingerprint);
        return new MesoRulesPolicy(options.PolicyName, fingerprint.ComputeVersion(), fingerprint.CanonicalText, ingredients, eligibility, aftercare, disclosure, planning);
    }
}
