using System.Collections.Immutable;
using System.Text;

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
/// (<c>&lt;Feature&gt;Options.Texts</c>), and later a translation. Ids are lower case; a clinic's keys name them ignoring case.
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
    /// The effective wording of every text: the clinic's where it set one that differs from the library's, else the
    /// library's. The fingerprint receives one <c>text.&lt;id&gt;</c> line per text the clinic changed, in id order, so a
    /// policy that changes no text keeps its version.
    /// </summary>
    /// <param name="texts">The clinic's rewordings, validated.</param>
    /// <param name="fingerprint">The policy's fingerprint, or <see langword="null"/> for the library's wording outside any policy.</param>
    public CompiledTexts Compile(IDictionary<string, string> texts, PolicyFingerprint? fingerprint)
    {
        var effective = new Dictionary<string, TextTemplate>(Defaults.Count, StringComparer.Ordinal);
        var reworded = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string id, string text) in ClinicKeys.ById(texts, key => Find(key)?.Id))
        {
            if (!string.Equals(text, _byId[id].Text, StringComparison.Ordinal))
            {
                effective[id] = _byId[id].Reworded(text);
                reworded.Add(id);
            }
        }

        foreach (string id in reworded.Order(StringComparer.Ordinal))
        {
            fingerprint?.Add($"text.{id}", effective[id].Text);
        }

        foreach (TextDefault library in Defaults)
        {
            effective.TryAdd(library.Id, library.Template);
        }

        return new CompiledTexts(effective, [.. Defaults.Where(d => reworded.Contains(d.Id)).Select(d => d.RuleId).Distinct()]);
    }

    /// <summary>The library's wording, outside any policy.</summary>
    public CompiledTexts Library => field ??= Compile(new Dictionary<string, string>(), null);

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

/// <summary>The effective texts of one feature in one policy snapshot; immutable.</summary>
internal sealed class CompiledTexts(Dictionary<string, TextTemplate> texts, ImmutableHashSet<string> rewordedRules)
{
    /// <summary>The effective wording of a text without placeholders.</summary>
    public string this[string id] => texts[id].Text;

    /// <summary>The effective template of a text.</summary>
    public TextTemplate Template(string id) => texts[id];

    /// <summary>Whether the clinic reworded any text of <paramref name="ruleId"/>.</summary>
    public bool Reworded(string ruleId) => rewordedRules.Contains(ruleId);

    /// <summary>Every text id with its effective wording.</summary>
    public IEnumerable<KeyValuePair<string, string>> All => texts.Select(t => KeyValuePair.Create(t.Key, t.Value.Text));
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
