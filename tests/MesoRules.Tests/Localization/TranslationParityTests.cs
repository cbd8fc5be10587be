using System.Text.RegularExpressions;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Policy;

namespace MesoRules.Tests.Localization;

/// <summary>Every text key exists in every shipped language, with the same placeholders, and passes the checks a clinic's wording passes (issue 14).</summary>
public sealed partial class TranslationParityTests
{
    private static readonly MesoRulesPolicy Policy = MesoRulesPolicy.Default;

    public static TheoryData<string> OtherLanguages => [.. PatientLanguage.Shipped.Skip(1).Select(l => l.Tag)];

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_text_id_has_a_shipped_translation_and_no_translation_names_an_unknown_id(string tag)
    {
        PatientLanguage language = PatientLanguage.FindExact(tag)!;
        string[] english = [.. Policy.Texts.Keys];
        string[] translated = [.. ShippedTranslations.Entries(language).Select(e => e.Id)];
        Assert.Equal(english, translated.Order(StringComparer.Ordinal));
        Assert.Equal(translated.Length, translated.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Policy.TextsIn(language), t => Assert.Equal(TextSource.Translation, t.Source));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_translation_has_exactly_the_placeholders_of_the_english_text(string tag)
    {
        PatientLanguage language = PatientLanguage.FindExact(tag)!;
        foreach (TranslationEntry entry in ShippedTranslations.Entries(language))
        {
            string english = Policy.Texts[entry.Id];
            Assert.True(
                Placeholders(english).SetEquals(Placeholders(entry.Text)),
                $"{tag} {entry.Id}: placeholders {string.Join(",", Placeholders(entry.Text))}; English has {string.Join(",", Placeholders(english))}.");
            Assert.True(TextTemplate.TryParse(entry.Text, out _, out string? problem), $"{tag} {entry.Id}: {problem}");
        }
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_translation_passes_the_checks_a_clinic_wording_passes(string tag)
    {
        // Given back as a clinic's translation, the shipped wording is accepted (lengths, one-line labels, placeholders)
        // and changes nothing: the policy keeps its version.
        PatientLanguage language = PatientLanguage.FindExact(tag)!;
        var options = new MesoRulesOptions();
        foreach (TranslationEntry entry in ShippedTranslations.Entries(language))
        {
            IDictionary<string, IDictionary<string, string>> translations = entry.Id.Split('.')[0] switch
            {
                "eligibility" => options.Eligibility.Translations,
                "aftercare" => options.Aftercare.Translations,
                "planning" => options.Planning.Translations,
                _ => options.Disclosure.Translations,
            };
            if (!translations.TryGetValue(tag, out IDictionary<string, string>? texts))
            {
                translations[tag] = texts = new Dictionary<string, string>();
            }

            texts[entry.Id] = entry.Text;
        }

        Assert.Equal(Policy.Version, MesoRulesPolicy.Create(options).Version);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void No_translation_is_blank_or_has_a_line_break_or_a_stray_brace(string tag)
    {
        foreach (TranslationEntry entry in ShippedTranslations.Entries(PatientLanguage.FindExact(tag)!))
        {
            Assert.False(BlankText.IsBlank(entry.Text), entry.Id);
            Assert.DoesNotContain('\n', entry.Text);
            Assert.Equal(entry.Text.Count(c => c == '{'), entry.Text.Count(c => c == '}'));
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
