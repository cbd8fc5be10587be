using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Policy;

namespace MesoRules.Tests.Localization;

/// <summary>The words of the documents (the sheet, the disclosure's labels, the plan) ship in every language, with the library's placeholders.</summary>
public class DocumentWordsTranslationTests
{
    private static readonly string[] DocumentPrefixes = ["aftercare.sheet.", "disclosure.label.", "planning.document."];

    public static TheoryData<string> Translated => [.. PatientLanguage.Shipped.Skip(1).Select(l => l.Tag)];

    [Fact]
    public void The_acknowledgment_block_and_the_plan_document_have_their_text_ids()
    {
        string[] ids = [.. MesoRulesPolicy.Default.Texts.Keys];

        Assert.Contains("disclosure.label.acknowledgment", ids);
        Assert.Contains("disclosure.label.acknowledgment-statement", ids);
        Assert.Contains("disclosure.label.patient-name", ids);
        Assert.Contains("disclosure.label.date", ids);
        Assert.Contains("disclosure.label.signature", ids);
        Assert.Equal(
            ["contact-clinic-if", "date", "follow-up", "initial", "maintenance", "no-sessions", "notes", "phase", "policy-version", "review", "session", "sessions", "status", "status-done", "status-planned", "times-local-to", "title"],
            ids.Where(id => id.StartsWith("planning.document.", StringComparison.Ordinal)).Select(id => id["planning.document.".Length..]));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_document_word_has_a_shipped_translation_with_the_same_placeholders(string tag)
    {
        PatientLanguage language = PatientLanguage.Resolve(tag);
        System.Collections.Immutable.ImmutableSortedDictionary<string, string> english = MesoRulesPolicy.Default.Texts;
        LocalizedText[] words = [.. MesoRulesPolicy.Default.TextsIn(language).Where(t => DocumentPrefixes.Any(p => t.Id.StartsWith(p, StringComparison.Ordinal)))];

        Assert.Equal(english.Keys.Count(id => DocumentPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal))), words.Length);
        Assert.All(words, word =>
        {
            Assert.True(word.Source == TextSource.Translation, $"{word.Id} has no {tag} translation");
            Assert.Equal(Placeholders(english[word.Id]), Placeholders(word.Text));
        });
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void The_shipped_entries_stay_sorted_by_id_without_repeats(string tag)
    {
        string[] ids = [.. ShippedTranslations.Entries(PatientLanguage.Resolve(tag)).Select(e => e.Id)];

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static string[] Placeholders(string text) =>
        TextTemplate.TryParse(text, out TextTemplate template, out _) ? [.. template.Placeholders.Order(StringComparer.Ordinal)] : [];
}
