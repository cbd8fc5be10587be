namespace MesoRules.Localization;

/// <summary>One shipped translation of a patient-facing text: its text id and its wording in the language.</summary>
internal readonly record struct TranslationEntry(string Id, string Text);

/// <summary>
/// The shipped translations of the library's patient-facing texts, one array per language (in a file of its own), keyed
/// by the same text ids as the English wording (<see cref="Policy.MesoRulesPolicy.Texts"/>). A language's dictionary is
/// built on its first use, once.
/// </summary>
internal static partial class ShippedTranslations
{
    private static readonly Dictionary<string, string>?[] Built = new Dictionary<string, string>?[5];

    /// <summary>The shipped wording of every text in <paramref name="language"/>, by text id; empty for English, whose wording is the library's own.</summary>
    public static IReadOnlyDictionary<string, string> For(PatientLanguage language)
    {
        Dictionary<string, string>? built = Volatile.Read(ref Built[language.Index]);
        if (built is null)
        {
            TranslationEntry[] entries = Entries(language);
            built = new Dictionary<string, string>(entries.Length, StringComparer.Ordinal);
            foreach (TranslationEntry entry in entries)
            {
                built.Add(entry.Id, entry.Text);
            }

            built = Interlocked.CompareExchange(ref Built[language.Index], built, null) ?? built;
        }

        return built;
    }

    /// <summary>The entries of one language, in id order.</summary>
    internal static TranslationEntry[] Entries(PatientLanguage language) => language.Index switch
    {
        1 => Spanish,
        2 => Portuguese,
        3 => French,
        4 => Italian,
        _ => [],
    };
}
