using System.Collections.Immutable;
using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Aftercare;

/// <summary>The compiled, immutable aftercare rules of one policy snapshot.</summary>
internal sealed class AftercareRuleSet
{
    private readonly ImmutableArray<RuleDescriptor> _descriptors;

    private AftercareRuleSet(AftercareRestriction[] restrictions, ImmutableArray<AftercareGuidance> guidance, ImmutableArray<RuleDescriptor> descriptors, RuleDescriptor[] switchedOff, CompiledTexts texts)
    {
        SwitchedOff = switchedOff;
        ByActivity = restrictions;
        Restrictions = [.. restrictions];
        Guidance = guidance;
        _descriptors = descriptors;
        Texts = texts;
    }

    /// <summary>The effective restrictions, indexed by <see cref="AftercareActivity"/> (switched-off ones included).</summary>
    public AftercareRestriction[] ByActivity { get; }

    /// <summary>The effective restrictions, in <see cref="AftercareActivity"/> order (switched-off ones included).</summary>
    public ImmutableArray<AftercareRestriction> Restrictions { get; }

    /// <summary>The guidance without a window in force (switched-off items left out).</summary>
    public ImmutableArray<AftercareGuidance> Guidance { get; }

    /// <summary>The rules in force: the switched-on restrictions, then the switched-on guidance.</summary>
    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

    /// <summary>The restrictions and guidance the clinic switched off, with the reason where one was given.</summary>
    public RuleDescriptor[] SwitchedOff { get; }

    /// <summary>Every aftercare text in force, the sheet's words included, in this rule set's language.</summary>
    public CompiledTexts Texts { get; private init; }

    private readonly PerLanguage<AftercareRuleSet> _languages = new();

    /// <summary>This rule set with its titles, guidance and sheet words in <paramref name="language"/> (<see langword="null"/>: English), built on first use, once.</summary>
    public AftercareRuleSet In(PatientLanguage? language)
    {
        language ??= PatientLanguage.English;
        return language == Texts.Language ? this : _languages.Get(language, this, static (self, l) => self.Worded(self.Texts.In(l)));
    }

    /// <summary>This rule set in the wording of <paramref name="t"/>.</summary>
    private AftercareRuleSet Worded(CompiledTexts t)
    {
        AftercareRestriction[] restrictions = [.. ByActivity.Select(r => new AftercareRestriction(
            r.Activity, r.RuleId, t[$"{r.RuleId}.title"], t[$"{r.RuleId}.guidance"], r.Rationale, t.Reworded(r.RuleId) ? Provenance.Clinic : r.Provenance, r.Citation, r.Minimum, r.Recommended, r.Enabled, r.ClinicReason))];
        ImmutableArray<AftercareGuidance> guidance = [.. Guidance.Select(g => new AftercareGuidance(
            g.RuleId, t[$"{g.RuleId}.text"], g.Rationale, t.Reworded(g.RuleId) ? Provenance.Clinic : g.Provenance, g.Citation))];
        return new AftercareRuleSet(restrictions, guidance, _descriptors, SwitchedOff, t);
    }

    /// <summary>The ids of the built-in rules: one restriction per activity, then the guidance.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } =
        [.. DefaultAftercareRules.Restrictions.Select(r => r.RuleId), .. DefaultAftercareRules.Guidance.Select(g => g.RuleId)];

    /// <summary>
    /// Every aftercare text: a restriction's <c>&lt;id&gt;.title</c> and <c>&lt;id&gt;.guidance</c>, a guidance item's
    /// <c>&lt;id&gt;.text</c>, and the sheet's words.
    /// </summary>
    public static TextCatalog Catalog { get; } = new(
        "aftercare",
        [
            .. DefaultAftercareRules.Restrictions.SelectMany(r => new TextDefault[]
            {
                new($"{r.RuleId}.title", r.RuleId, r.Title, AftercareOptions.TitleLength, oneLine: true),
                new($"{r.RuleId}.guidance", r.RuleId, r.Guidance, AftercareOptions.TextLength),
            }),
            .. DefaultAftercareRules.Guidance.Select(g => new TextDefault($"{g.RuleId}.text", g.RuleId, g.Text, AftercareOptions.TextLength)),
            .. AftercareSheet.SheetTexts,
        ]);

    /// <summary>The library's texts, for a sheet rendered outside any policy.</summary>
    public static CompiledTexts LibraryTexts => Catalog.Library;

    /// <summary>The rule id a clinic's key names: an activity's name or rule id, or a guidance rule id, ignoring case.</summary>
    public static string? IdOf(string key) =>
        AftercareActivities.FromKey(key) is { } activity
            ? AftercareActivities.Of(activity).RuleId
            : DefaultAftercareRules.Guidance.FirstOrDefault(g => string.Equals(g.RuleId, key, StringComparison.OrdinalIgnoreCase))?.RuleId;

    /// <summary>Compiles validated options; the fingerprint receives every effective setting and rule.</summary>
    public static AftercareRuleSet Compile(AftercareOptions options, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);

        Dictionary<string, AftercareRuleOptions> settings = ClinicKeys.ById(options.Rules, IdOf);
        CompiledTexts texts = Catalog.Compile(options.Texts, options.Translations, fingerprint);

        var restrictions = new AftercareRestriction[AftercareActivities.Count];
        var descriptors = ImmutableArray.CreateBuilder<RuleDescriptor>();
        var switchedOff = new List<RuleDescriptor>();
        for (int i = 0; i < restrictions.Length; i++)
        {
            AftercareRestriction library = DefaultAftercareRules.Restrictions[i];
            AftercareRestriction effective = Apply(library, settings.GetValueOrDefault(library.RuleId), texts);
            restrictions[i] = effective;
            fingerprint.Fields($"aftercare.restriction.{effective.RuleId}")
                .Field("enabled", effective.Enabled)
                .Field("minimum", effective.Minimum)
                .Field("recommended", effective.Recommended)
                .Field("provenance", effective.Provenance)
                .Field("title", effective.Title)
                .Field("guidance", effective.Guidance)
                .Field("rationale", effective.Rationale)
                .Field("citation", effective.Citation)
                .Field("clinicReason", effective.ClinicReason);
            var descriptor = new RuleDescriptor(effective.RuleId, effective.Guidance, effective.Rationale, effective.Provenance, effective.Citation, effective.ClinicReason);
            (effective.Enabled ? (ICollection<RuleDescriptor>)descriptors : switchedOff).Add(descriptor);
        }

        var guidance = ImmutableArray.CreateBuilder<AftercareGuidance>();
        foreach (AftercareGuidance library in DefaultAftercareRules.Guidance)
        {
            bool enabled = settings.GetValueOrDefault(library.RuleId)?.Enabled ?? true;
            AftercareGuidance item = new(
                library.RuleId,
                texts[$"{library.RuleId}.text"],
                library.Rationale,
                texts.Reworded(library.RuleId) ? Provenance.Clinic : library.Provenance,
                library.Citation);
            PolicyFingerprint.Record fields = fingerprint.Fields($"aftercare.guidance.{item.RuleId}")
                .Field("provenance", item.Provenance)
                .Field("text", item.Text)
                .Field("rationale", item.Rationale)
                .Field("citation", item.Citation);
            if (!enabled)
            {
                // Written only when off, so that the shipped policy keeps its version.
                fields.Field("enabled", false);
                switchedOff.Add(new RuleDescriptor(item.RuleId, item.Text, item.Rationale, item.Provenance, item.Citation));
                continue;
            }

            guidance.Add(item);
            descriptors.Add(new RuleDescriptor(item.RuleId, item.Text, item.Rationale, item.Provenance, item.Citation, null));
        }

        return new AftercareRuleSet(restrictions, guidance.ToImmutable(), descriptors.ToImmutable(), [.. switchedOff], texts);
    }

    /// <summary>A restriction as the clinic sets it. Changed windows or wording make it the clinic's; its citation stays.</summary>
    private static AftercareRestriction Apply(AftercareRestriction library, AftercareRuleOptions? setting, CompiledTexts texts)
    {
        // An unset duration follows the library default, moved only as far as needed to keep Minimum <= Recommended.
        TimeSpan minimum = setting?.Minimum ?? (setting?.Recommended is { } r && r < library.Minimum ? r : library.Minimum);
        TimeSpan recommended = setting?.Recommended ?? (minimum > library.Recommended ? minimum : library.Recommended);
        bool changed = minimum != library.Minimum || recommended != library.Recommended || texts.Reworded(library.RuleId);
        return new AftercareRestriction(
            library.Activity,
            library.RuleId,
            texts[$"{library.RuleId}.title"],
            texts[$"{library.RuleId}.guidance"],
            library.Rationale,
            changed ? Provenance.Clinic : library.Provenance,
            library.Citation,
            minimum,
            recommended,
            setting?.Enabled ?? true,
            setting?.Reason);
    }
}
