using System.Globalization;
using MesoRules.Localization;
using MesoRules.Tests.Core;

namespace MesoRules.Tests.Localization;

/// <summary>Choosing a language: BCP 47 tags and cultures resolve by their primary subtag, with a documented fallback to English.</summary>
public sealed class PatientLanguageTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("ES-419", "es")]
    [InlineData("pt-BR", "pt")]
    [InlineData("pt-PT", "pt")]
    [InlineData("fr-CA", "fr")]
    [InlineData("it-CH", "it")]
    [InlineData("de", "en")]
    [InlineData("de-AT", "en")]
    [InlineData("ar-SA", "en")]
    [InlineData("zh-Hans-CN", "en")]
    [InlineData("fil", "en")]
    public void A_well_formed_tag_resolves_by_its_primary_subtag_and_an_unshipped_one_falls_back_to_english(string tag, string expected) =>
        Assert.Equal(expected, PatientLanguage.Resolve(tag).Tag);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("e")]
    [InlineData("espanol")]
    [InlineData("pt_BR")]
    [InlineData("es-")]
    [InlineData("-es")]
    [InlineData("es--MX")]
    [InlineData("es-MXMXMXMXM")]
    [InlineData("1s")]
    [InlineData("es MX")]
    [InlineData("é-s")]
    [InlineData("es-MX-aaaaaaaa-bbbbbbbb-cccccccc-ddd")]
    public void A_malformed_tag_is_refused_naming_the_parameter_with_a_fixed_message(string tag)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => PatientLanguage.Resolve(tag));
        Assert.Equal("languageTag", ex.ParamName);
        Assert.StartsWith("The language must be a BCP 47 language tag such as en, es, es-MX, pt-BR, fr or it:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_tag_or_culture_is_refused() =>
        Assert.All(
            [Record.Exception(() => PatientLanguage.Resolve((string)null!)), Record.Exception(() => PatientLanguage.Resolve((CultureInfo)null!))],
            ex => Assert.IsType<ArgumentNullException>(ex));

    [Theory]
    [InlineData("es-ES", "es")]
    [InlineData("fr-FR", "fr")]
    [InlineData("de-DE", "en")]
    public void A_culture_resolves_by_its_name(string culture, string expected) =>
        Assert.Equal(expected, PatientLanguage.Resolve(new CultureInfo(culture)).Tag);

    [Fact]
    public void The_invariant_culture_has_no_language_and_gives_english() =>
        Assert.Same(PatientLanguage.English, PatientLanguage.Resolve(CultureInfo.InvariantCulture));

    [Fact]
    public void Five_languages_ship_english_first_each_with_its_names_and_provenance()
    {
        Assert.Equal(["en", "es", "pt", "fr", "it"], PatientLanguage.Shipped.Select(l => l.Tag));
        Assert.All(PatientLanguage.Shipped, l => Assert.False(string.IsNullOrWhiteSpace(l.NativeName + l.EnglishName + l.TranslationProvenance)));
        Assert.All(PatientLanguage.Shipped.Skip(1), l => Assert.Contains("Not yet reviewed by a native-speaking clinician", l.TranslationProvenance, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", 2027, 3, 3, "2027-03-03")]
    [InlineData("es", 2027, 3, 3, "3 de marzo de 2027")]
    [InlineData("pt", 2027, 12, 31, "31 de dezembro de 2027")]
    [InlineData("fr", 2027, 8, 1, "1er août 2027")]
    [InlineData("fr", 2027, 8, 2, "2 août 2027")]
    [InlineData("it", 2027, 1, 9, "9 gennaio 2027")]
    [InlineData("es", 1, 1, 1, "1 de enero de 0001")]
    public void Dates_are_written_in_the_language_s_own_words(string tag, int year, int month, int day, string expected) =>
        Assert.Equal(expected, PatientLanguage.Resolve(tag).Date(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("en", "2026-03-29 03:30 +02:00")]
    [InlineData("es", "29 de marzo de 2026 03:30 +02:00")]
    public void A_date_and_time_keeps_its_exact_offset(string tag, string expected) =>
        Assert.Equal(expected, PatientLanguage.Resolve(tag).DateTime(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2))));

    [Fact]
    public void The_thread_culture_never_changes_a_date()
    {
        string[] written = ThreadCulture.Each(
            ["tr-TR", "ar-SA", "th-TH", "ja-JP-u-ca-japanese"],
            () => string.Join("|", PatientLanguage.Shipped.Select(l => l.DateTime(new DateTimeOffset(2027, 11, 5, 14, 7, 0, TimeSpan.FromHours(-3))))));
        Assert.Single(written.Distinct());
        Assert.Equal("2027-11-05 14:07 -03:00|5 de noviembre de 2027 14:07 -03:00|5 de novembro de 2027 14:07 -03:00|5 novembre 2027 14:07 -03:00|5 novembre 2027 14:07 -03:00", written[0]);
    }

    [Fact]
    public void A_culture_whose_name_is_not_a_tag_is_refused_naming_the_culture()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => PatientLanguage.Resolve(new CultureInfo("es_MX")));
        Assert.Equal("culture", ex.ParamName);
    }
}
