using System.Collections.Immutable;
using System.Globalization;

namespace MesoRules.Localization;

/// <summary>
/// A language the library writes patient-facing texts in: eligibility notes and their questions, planning findings,
/// the aftercare sheet and the risk disclosure. English and four more languages ship (<see cref="Shipped"/>); a clinic
/// rewords any text per language through the <c>Texts</c> (English) and <c>Translations</c> options of each feature.
/// </summary>
/// <remarks>
/// <para>
/// A call chooses its language explicitly (<see langword="null"/> means <see cref="English"/>): the thread's culture is
/// never read, so equal inputs give byte-identical texts on every machine. <see cref="Resolve(string)"/> and
/// <see cref="Resolve(CultureInfo)"/> turn a BCP 47 language tag or a <see cref="CultureInfo"/> into a shipped language by
/// its primary language subtag (<c>es-MX</c> is Spanish, <c>pt-PT</c> is Portuguese); a language that is not shipped
/// falls back to <see cref="English"/>, and every result names the language it was written in.
/// </para>
/// <para>
/// Dates shown to patients are written in the language's own words by the library (not by the platform's culture
/// data, which differs between machines): English keeps ISO 8601 (<c>2027-03-03</c>), which en-US and en-GB readers
/// both read without ambiguity; the other languages write the day, the month's name and the year
/// (<c>3 de marzo de 2027</c>). Times of day are 24-hour and every instant keeps its exact UTC offset.
/// </para>
/// </remarks>
public sealed class PatientLanguage
{
    private readonly string[] _months;
    private readonly string _dayMonth;
    private readonly string _monthYear;
    private readonly string? _firstDay;

    private PatientLanguage(int index, string tag, string nativeName, string englishName, string provenance, string[] months, string dayMonth, string monthYear, string? firstDay = null)
    {
        Index = index;
        Tag = tag;
        NativeName = nativeName;
        EnglishName = englishName;
        TranslationProvenance = provenance;
        _months = months;
        _dayMonth = dayMonth;
        _monthYear = monthYear;
        _firstDay = firstDay;
    }

    /// <summary>English (<c>en</c>): the library's own wording, and the fallback for every language that is not shipped.</summary>
    public static PatientLanguage English { get; } = new(
        0, "en", "English", "English", "The library's own wording, written in plain patient English from the sources each rule cites.", [], string.Empty, string.Empty);

    /// <summary>Spanish (<c>es</c>), in neutral international Spanish for Spain and Latin America, addressing the patient as <i>usted</i>.</summary>
    public static PatientLanguage Spanish { get; } = new(
        1, "es", "Español", "Spanish", Translated("Spanish", "neutral international Spanish for Spain and Latin America, formal usted"),
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], " de ", " de ");

    /// <summary>Portuguese (<c>pt</c>), in Brazilian Portuguese that readers in Portugal also understand.</summary>
    public static PatientLanguage Portuguese { get; } = new(
        2, "pt", "Português", "Portuguese", Translated("Portuguese", "Brazilian Portuguese (pt-BR) that readers in Portugal also understand, addressing the patient as você"),
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], " de ", " de ");

    /// <summary>French (<c>fr</c>), as written in France and understood in Belgium, Switzerland, Canada and the Maghreb, addressing the patient as <i>vous</i>.</summary>
    public static PatientLanguage French { get; } = new(
        3, "fr", "Français", "French", Translated("French", "French of France, understood in Belgium, Switzerland, Canada and the Maghreb, formal vous"),
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], " ", " ", "1er");

    /// <summary>Italian (<c>it</c>), addressing the patient with the formal <i>Lei</i>.</summary>
    public static PatientLanguage Italian { get; } = new(
        4, "it", "Italiano", "Italian", Translated("Italian", "Italian of Italy, formal Lei"),
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], " ", " ");

    /// <summary>Every shipped language, English first.</summary>
    public static ImmutableArray<PatientLanguage> Shipped { get; } = [English, Spanish, Portuguese, French, Italian];

    /// <summary>The language's BCP 47 tag: <c>en</c>, <c>es</c>, <c>pt</c>, <c>fr</c> or <c>it</c>.</summary>
    public string Tag { get; }

    /// <summary>The language's name in itself (<c>Español</c>), for a language picker.</summary>
    public string NativeName { get; }

    /// <summary>The language's name in English (<c>Spanish</c>).</summary>
    public string EnglishName { get; }

    /// <summary>
    /// How the shipped texts of this language were written and checked. Every shipped text of the language carries it
    /// (<see cref="Policy.MesoRulesPolicy.TextsIn(PatientLanguage)"/>); a clinic's own wording carries the clinic instead.
    /// </summary>
    public string TranslationProvenance { get; }

    /// <summary>The language's position in <see cref="Shipped"/>.</summary>
    internal int Index { get; }

    /// <summary>
    /// The shipped language for a BCP 47 language tag, by its primary language subtag, case-insensitively:
    /// <c>es</c>, <c>es-MX</c> and <c>ES-419</c> are <see cref="Spanish"/>. A well-formed tag of a language that is not
    /// shipped (<c>de-AT</c>) gives <see cref="English"/>, the documented fallback.
    /// </summary>
    /// <param name="languageTag">A language tag: subtags of 1 to 8 ASCII letters or digits joined by hyphens, the first 2 or 3 letters; at most 35 characters.</param>
    /// <returns>The shipped language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languageTag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="languageTag"/> is not a well-formed language tag (blank, too long, <c>pt_BR</c>, <c>e</c>).</exception>
    public static PatientLanguage Resolve(string languageTag)
    {
        ArgumentNullException.ThrowIfNull(languageTag);
        return TryParse(languageTag, out PatientLanguage? language)
            ? language
            : throw new ArgumentException(
                "The language must be a BCP 47 language tag such as en, es, es-MX, pt-BR, fr or it: subtags of 1 to 8 letters or digits joined by '-', the first 2 or 3 letters, at most 35 characters.",
                nameof(languageTag));
    }

    /// <summary>
    /// The shipped language for a culture, by its name's primary language subtag (<see cref="Resolve(string)"/>). The
    /// invariant culture, which has no language, gives <see cref="English"/>. Only the culture's name is read, so a
    /// host in invariant-globalization mode (as NativeAOT hosts often are) works the same.
    /// </summary>
    /// <param name="culture">The culture, for example <see cref="CultureInfo.CurrentUICulture"/> of a request.</param>
    /// <returns>The shipped language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The culture's name is not a well-formed language tag (a custom culture named <c>es_MX</c>).</exception>
    public static PatientLanguage Resolve(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.Length == 0 ? English
            : TryParse(culture.Name, out PatientLanguage? language) ? language
            : throw new ArgumentException("The culture's name is not a BCP 47 language tag (for example es_MX, with '_'); use a culture named with '-', such as es-MX.", nameof(culture));
    }

    /// <summary>The shipped language whose tag is exactly <paramref name="tag"/> (ignoring case), or <see langword="null"/>.</summary>
    internal static PatientLanguage? FindExact(string tag)
    {
        foreach (PatientLanguage language in Shipped)
        {
            if (string.Equals(language.Tag, tag, StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>Reads a language tag; <see langword="false"/> when it is not well formed.</summary>
    internal static bool TryParse(string tag, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PatientLanguage? language)
    {
        language = null;
        if (tag.Length is 0 or > 35)
        {
            return false;
        }

        int start = 0;
        bool first = true;
        string? primary = null;
        for (int i = 0; i <= tag.Length; i++)
        {
            if (i < tag.Length && tag[i] != '-')
            {
                if (!char.IsAsciiLetterOrDigit(tag[i]) || (first && !char.IsAsciiLetter(tag[i])))
                {
                    return false;
                }

                continue;
            }

            int length = i - start;
            if (length is 0 or > 8 || (first && length is not (2 or 3)))
            {
                return false;
            }

            primary ??= tag[start..i];
            first = false;
            start = i + 1;
        }

        language = FindExact(primary!) ?? English;
        return true;
    }

    /// <summary>A date as this language writes it for a patient: <c>2027-03-03</c>, <c>3 de marzo de 2027</c>, <c>1er mars 2027</c>.</summary>
    internal string Date(DateOnly date)
    {
        if (_months.Length == 0)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        string day = date.Day == 1 && _firstDay is not null ? _firstDay : date.Day.ToString(CultureInfo.InvariantCulture);
        return string.Concat(day, _dayMonth, _months[date.Month - 1], _monthYear, date.Year.ToString("0000", CultureInfo.InvariantCulture));
    }

    /// <summary>A local date and time with its exact UTC offset: the date as <see cref="Date"/>, then <c>HH:mm</c> and <c>+01:00</c>.</summary>
    internal string DateTime(DateTimeOffset local) =>
        string.Concat(Date(DateOnly.FromDateTime(local.DateTime)), " ", local.ToString("HH:mm zzz", CultureInfo.InvariantCulture));

    /// <summary>An instant as a document shows a start (a session's): local to <paramref name="zone"/>, rounded down to the minute, as <see cref="DateTime(DateTimeOffset)"/>.</summary>
    internal string LocalTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(instant, zone);
        return DateTime(local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute)));
    }

    // Rounded up on the instant, then converted, so the offset shown is the one in force at the shown time.
    /// <summary>An instant as a document shows an end (a window's): rounded up to the minute, so never earlier than the true end, then local to <paramref name="zone"/>.</summary>
    internal string LocalTimeRoundedUp(DateTimeOffset instant, TimeZoneInfo zone)
    {
        long remainder = instant.UtcTicks % TimeSpan.TicksPerMinute;
        DateTimeOffset rounded = remainder == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerMinute - remainder);
        return DateTime(TimeZoneInfo.ConvertTime(rounded, zone));
    }

    /// <summary>The language's tag.</summary>
    /// <returns><see cref="Tag"/>.</returns>
    public override string ToString() => Tag;

    private static string Translated(string language, string variant) =>
        $"Translated into {language} ({variant}) from the library's English wording by the MesoRules maintainers, "
        + "in plain patient language; each text was then re-read against the English for meaning and checked by test for "
        + "the same text ids and placeholders. Not yet reviewed by a native-speaking clinician: a clinic reviews it, and rewords any text under Translations, before patients read it.";
}
