namespace MesoRules.Localization;

/// <summary>One patient-facing text of a policy in one language: its stable id, its wording in force and where the wording comes from.</summary>
public sealed class LocalizedText
{
    internal LocalizedText(string id, string text, TextSource source)
    {
        Id = id;
        Text = text;
        Source = source;
    }

    /// <summary>The text id (<c>eligibility.pregnancy.text</c>), the same in every language.</summary>
    public string Id { get; }

    /// <summary>The wording in force; a text with placeholders (<c>{date}</c>) is shown with them.</summary>
    public string Text { get; }

    /// <summary>Where the wording comes from: the library, its shipped translation (whose provenance is <see cref="PatientLanguage.TranslationProvenance"/>), or the clinic.</summary>
    public TextSource Source { get; }

    /// <summary>The id and the source, never the wording (a clinic's text may be long).</summary>
    /// <returns>The id and the source.</returns>
    public override string ToString() => $"{Id} ({Source})";
}

/// <summary>Where the wording of a patient-facing text comes from, in one language.</summary>
public enum TextSource
{
    /// <summary>The library's own English wording.</summary>
    Library = 0,

    /// <summary>The library's shipped translation; its provenance is the language's <see cref="PatientLanguage.TranslationProvenance"/>.</summary>
    Translation = 1,

    /// <summary>The clinic's wording in this language (<c>Texts</c> for English, <c>Translations</c> for the others).</summary>
    Clinic = 2,

    /// <summary>
    /// The clinic's English rewording, shown in a language in which the clinic gave no translation of it: the clinic's
    /// meaning is kept rather than the shipped translation of the library's wording. Give the translation under the
    /// feature's <c>Translations</c> to show it in the language.
    /// </summary>
    ClinicEnglish = 3,

    /// <summary>English, because the text has no translation in the language: a clinic's own rule, which ships in no other language.</summary>
    English = 4,
}
