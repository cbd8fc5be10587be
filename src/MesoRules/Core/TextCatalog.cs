using System.Collections.Immutable;
using System.Text;
using MesoRules.Localization;

namespace MesoRules.Core;

/// <summary>
/// A patient-facing text the library ships, under a stable id (<c>eligibility.pregnancy.text</c>): its wording, the
/// rule it belongs to, and what a clinic's rewording may be. A text whose wording names placeholders (<c>{date}</c>)
/// is a template, and a rewording may use only those placeholders; any other text is taken literally.
/// </summary>
internal sealed class TextDefault
{
    public TextDefault(string id, string ruleId, string text, TextLength length, bool oneLine = false)
    {
        Id = id;
        RuleId = ruleId;
        Length = length;
        OneLine = oneLine;
        Template = text.Contains('{', StringComparison.Ordinal) && TextTemplate.TryParse(text, out TextTemplate template, out _) ? template : TextTemplate.Literal(text);
    }

    public string Id { get; }

    /// <summary>The rule whose text it is (its provenance follows a rewording), or the feature's name for a text of no one rule (a label, a heading).</summary>
    public string RuleId { get; }

    public string Text => Template.Text;

    public TextTemplate Template { get; }

    public TextLength Length { get; }

    /// <summary>Whether the text must stay on one line (a label or a heading).</summary>
    public bool OneLine { get; }

    /// <summary>Parses a clinic's rewording the way the library's text is read: as a template when the library's is one.</summary>
    public TextTemplate Reworded(string text) =>
        Template.Placeholders.Count > 0 && TextTemplate.TryParse(text, out TextTemplate template, out _) ? template : TextTemplate.Literal(text);
}

/// <summary>
/// The patient-facing texts of one feature, each under its id: the one mechanism by which a clinic rewords any text
/// (<c>&lt;Feature&gt;Options.Texts</c> and <c>Translations</c>), in every language. Ids are lower case; a clinic's keys name them ignoring case.
/// </summary>
internal sealed class TextCatalog
{
    private readonly Dictionary<string, TextDefault> _byId;

    public TextCatalog(string feature, IEnumerable<TextDefault> defaults)
    {
        Feature = feature;
        Defaults = [.. defaults];
        _byId = Defaults.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
    }

    public string Feature { get; }

    public IReadOnlyList<TextDefault> Defaults { get; }

    public TextDefault? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Checks a clinic's rewordings: every key names a text of the catalog, at most once; every text is not blank, within
    /// its length, on one line where it is a label or heading, and uses only the placeholders of the library's text.
    /// </summary>
    public void Validate(IDictionary<string, string>? texts, string member, OptionsFailures failures) =>
        ClinicKeys.Check(texts, member, failures, key => Find(key)?.Id, Unknown, (entry, at) => Check(entry, at, failures), "text");

    private void Check(ClinicKey<string> entry, string at, OptionsFailures failures)
    {
        if (entry.Id is null)
        {
            return;
        }

        TextDefault library = Find(entry.Id)!;
        failures.NotBlank(at, entry.Value, library.Length);
        if (BlankText.IsBlank(entry.Value))
        {
            return;
        }

        if (library.OneLine && entry.Value.AsSpan().IndexOfAny("\n\r\u0085\u2028\u2029") >= 0)
        {
            failures.Add(at, "a label or heading must be one line; allowed: no line breaks.");
        }

        if (library.Template.Placeholders.Count == 0)
        {
            return;
        }

        string allowed = string.Join(", ", library.Template.Placeholders.Distinct().Select(p => $"{{{p}}}"));
        if (!TextTemplate.TryParse(entry.Value, out TextTemplate reworded, out string? problem))
        {
            failures.Add(at, $"{problem}; the placeholders of this text are {allowed}.");
        }
        else if (reworded.Placeholders.FirstOrDefault(p => !library.Template.Placeholders.Contains(p)) is { } stray)
        {
            failures.Add(at, $"{{{stray}}} is not a placeholder of this text; allowed: {allowed}.");
        }
    }

    /// <summary>
    /// Checks a clinic's translations (a feature's <c>Translations</c>): every key is the tag of a shipped language other
    /// than English (whose wording is set in <c>Texts</c>), and each language's texts pass <see cref="Validate"/>.
    /// </summary>
    public void ValidateTranslations(IDictionary<string, IDictionary<string, string>>? translations, string member, OptionsFailures failures) =>
        ClinicKeys.Check(
            translations,
            member,
            failures,
            static key => PatientLanguage.FindExact(key) is { Index: > 0 } language ? language.Tag : null,
            static key => $"'{key}' is not a shipped language other than English; allowed: {string.Join(", ", PatientLanguage.Shipped.Skip(1).Select(l => l.Tag))} (English wording is set in Texts).",
            (entry, at) => Validate(entry.Value, at, failures),
            "language");

    /// <summary>
    /// The effective wording of every text in English, from which every other language is built on first use: the
    /// clinic's where it set one that differs from the library's, else the library's. The fingerprint receives one
    /// <c>text.&lt;id&gt;</c> line per text the clinic changed, in id order, then one <c>text.&lt;language&gt;.&lt;id&gt;</c> line per
    /// translation the clinic changed, so a policy that changes no text keeps its version.
    /// </summary>
    /// <param name="texts">The clinic's English rewordings, validated.</param>
    /// <param name="translations">The clinic's translations by language tag, validated; <see langword="null"/> for none.</param>
    /// <param name="fingerprint">The policy's fingerprint, or <see langword="null"/> for the library's wording outside any policy.</param>
    public CompiledTexts Compile(IDictionary<string, string> texts, IDictionary<string, IDictionary<string, string>>? translations, PolicyFingerprint? fingerprint)
    {
        var reworded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string id, string text) in ClinicKeys.ById(texts, key => Find(key)?.Id))
        {
            if (!string.Equals(text, _byId[id].Text, StringComparison.Ordinal))
            {
                reworded[id] = text;
            }
        }

        foreach (string id in reworded.Keys.Order(StringComparer.Ordinal))
        {
            fingerprint?.Add($"text.{id}", reworded[id]);
        }

        var clinic = new Dictionary<string, string>?[PatientLanguage.Shipped.Length];
        clinic[0] = reworded;
        if (translations is not null)
        {
            foreach ((string tag, IDictionary<string, string> entries) in ClinicKeys.ById(translations, static key => PatientLanguage.FindExact(key)?.Tag))
            {
                PatientLanguage language = PatientLanguage.FindExact(tag)!;
                IReadOnlyDictionary<string, string> shipped = ShippedTranslations.For(language);
                var changed = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach ((string id, string text) in ClinicKeys.ById(entries, key => Find(key)?.Id))
                {
                    if (!string.Equals(text, shipped.GetValueOrDefault(id) ?? _byId[id].Text, StringComparison.Ordinal))
                    {
                        changed[id] = text;
                    }
                }

                foreach (string id in changed.Keys.Order(StringComparer.Ordinal))
                {
                    fingerprint?.Add($"text.{language.Tag}.{id}", changed[id]);
                }

                clinic[language.Index] = changed;
            }
        }

        return new LanguageTexts(this, clinic).In(PatientLanguage.English);
    }

    /// <summary>The library's wording, outside any policy.</summary>
    public CompiledTexts Library => field ??= Compile(new Dictionary<string, string>(), null, null);

    /// <summary>
    /// The wording of every text in one language, and where each comes from: the clinic's translation; else, when the
    /// clinic reworded the English, the clinic's English (its meaning is the clinic's, and no translation of it exists);
    /// else the shipped translation; else the English (a clinic's own rule, which ships in no other language).
    /// </summary>
    internal CompiledTexts Build(PatientLanguage language, Dictionary<string, string>?[] clinic, LanguageTexts languages)
    {
        IReadOnlyDictionary<string, string> shipped = ShippedTranslations.For(language);
        Dictionary<string, string>? english = clinic[0];
        Dictionary<string, string>? translated = language.Index == 0 ? null : clinic[language.Index];
        var effective = new Dictionary<string, TextTemplate>(Defaults.Count, StringComparer.Ordinal);
        var sources = new Dictionary<string, TextSource>(Defaults.Count, StringComparer.Ordinal);
        var clinicRules = new HashSet<string>(StringComparer.Ordinal);
        foreach (TextDefault library in Defaults)
        {
            (TextTemplate template, TextSource source) =
                translated?.GetValueOrDefault(library.Id) is { } own ? (library.Reworded(own), TextSource.Clinic)
                : english?.GetValueOrDefault(library.Id) is { } reworded ? (library.Reworded(reworded), language.Index == 0 ? TextSource.Clinic : TextSource.ClinicEnglish)
                : language.Index == 0 ? (library.Template, TextSource.Library)
                : shipped.GetValueOrDefault(library.Id) is { } translation ? (library.Reworded(translation), TextSource.Translation)
                : (library.Template, TextSource.English);
            effective[library.Id] = template;
            sources[library.Id] = source;
            if (source is TextSource.Clinic or TextSource.ClinicEnglish)
            {
                clinicRules.Add(library.RuleId);
            }
        }

        return new CompiledTexts(language, effective, sources, [.. clinicRules], languages);
    }

    private string Unknown(string key)
    {
        // Point to the texts of the rule the key seems to name, or to one example of the catalog.
        int dot = key.LastIndexOf('.');
        string owner = dot > 0 ? key[..dot].ToLowerInvariant() : key;
        string[] siblings = [.. Defaults.Where(d => d.RuleId == owner || d.Id.StartsWith(owner + ".", StringComparison.Ordinal)).Select(d => d.Id)];
        return siblings.Length > 0
            ? $"'{key}' names no {Feature} text; allowed here: {string.Join(", ", siblings)}."
            : $"'{key}' names no {Feature} text; allowed: the ids MesoRulesPolicy.Texts lists, for example {Defaults[0].Id}.";
    }
}

/// <summary>The texts of one feature in one policy snapshot, in every language: each language built on its first use, once.</summary>
internal sealed class LanguageTexts(TextCatalog catalog, Dictionary<string, string>?[] clinic)
{
    private readonly TextCatalog _catalog = catalog;
    private readonly Dictionary<string, string>?[] _clinic = clinic;
    private readonly PerLanguage<CompiledTexts> _built = new();

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public CompiledTexts In(PatientLanguage language) =>
        _built.Get(language, this, static (self, l) => self._catalog.Build(l, self._clinic, self));
}

/// <summary>The effective texts of one feature in one policy snapshot and one language; immutable.</summary>
internal sealed class CompiledTexts(
    PatientLanguage language, Dictionary<string, TextTemplate> texts, Dictionary<string, TextSource> sources, ImmutableHashSet<string> clinicRules, LanguageTexts languages)
{
    /// <summary>The language of these texts.</summary>
    public PatientLanguage Language { get; } = language;

    /// <summary>The effective wording of a text without placeholders.</summary>
    public string this[string id] => texts[id].Text;

    /// <summary>The effective template of a text.</summary>
    public TextTemplate Template(string id) => texts[id];

    /// <summary>A text with its placeholders filled in, dates written for <see cref="Language"/>.</summary>
    public string Format(string id, params ReadOnlySpan<(string Name, object Value)> values) => texts[id].Format(Language, values);

    /// <summary>Whether the wording of any text of <paramref name="ruleId"/> in this language is the clinic's.</summary>
    public bool Reworded(string ruleId) => clinicRules.Contains(ruleId);

    /// <summary>The same feature's texts in <paramref name="other"/>.</summary>
    public CompiledTexts In(PatientLanguage other) => other == Language ? this : languages.In(other);

    /// <summary>Every text id with its effective wording.</summary>
    public IEnumerable<KeyValuePair<string, string>> All => texts.Select(t => KeyValuePair.Create(t.Key, t.Value.Text));

    /// <summary>Every text with its wording and where the wording comes from.</summary>
    public IEnumerable<LocalizedText> Entries => texts.Select(t => new LocalizedText(t.Key, t.Value.Text, sources[t.Key]));
}

/// <summary>Builds a feature's text ids: <c>&lt;rule id&gt;.&lt;part&gt;</c>.</summary>
internal static class TextIds
{
    /// <summary>A PascalCase name in the words of an id: <c>WhenToContactTheClinic</c> is <c>when-to-contact-the-clinic</c>.</summary>
    public static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
