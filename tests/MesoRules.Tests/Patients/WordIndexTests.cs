using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Text.RegularExpressions;
using MesoRules.Patients;

namespace MesoRules.Tests.Patients;

/// <summary>
/// The word index (medicine names, ingredient names) finds exactly the names the exact matcher
/// (<see cref="Formulation.Contains"/>) finds in a text, on its ASCII fast path and on the general one alike, and where a
/// letter next to a digit separates words too (medicines, the ingredient table), what the matcher finds in the spaced copy.
/// </summary>
public class WordIndexTests
{
    private static readonly string[] Names =
    [
        "warfarin", "acetylsalicylic acid", "vitamin B3", "vitamin B12", "D-panthenol", "GHK-Cu", "co", "ab", "a b", "b12",
        "café", "naïve acid", "Kelvin", "\u212Aelvin", "bio\u00ADtin", "x-ray", "1a", "ss", "stra\u00DFe",
    ];

    private static readonly WordIndex Index = new(Names.Select((n, i) => (n, i)));

    private static Gen<string> Piece =>
        Gen.OneOf(
            Gen.Elements(Names),
            Gen.Elements(" ", "  ", "-", "/", ", ", "\t", "\u00AD", "\u200B", "é", "e\u0301", "\u212A", "ß", "5 mg", "B", "3", "12"),
            Gen.Elements("warfarine", "xwarfarin", "VITAMIN", "b", "acid", "café-noir", "A", "Co", "AB"));

    private static Gen<string> Text => Gen.ListOf(Piece).Select(p => string.Concat(p.Take(8)));

    private struct Collector : WordIndex.ISink
    {
        public HashSet<int> Values;

        public bool Found(int value, string name)
        {
            (Values ??= []).Add(value);
            return true;
        }
    }

    private static HashSet<int> Indexed(string text)
    {
        var sink = new Collector();
        Index.ForEachHeld(text, ref sink);
        return sink.Values ?? [];
    }

    private static HashSet<int> Exact(string text) =>
        [.. Names.Select((n, i) => (n, i)).Where(x => WordIndex.CanIndex(x.n) && new Formulation("t", [text]).Contains(x.n)).Select(x => x.i)];

    [Property(MaxTest = 2000)]
    public Property The_index_finds_exactly_what_the_matcher_finds() =>
        Prop.ForAll(Text.ToArbitrary(), text => Indexed(text).SetEquals(Exact(text)));

    private static readonly string[] ApartNames = ["warfarin", "acetylsalicylic acid", "vitamin K 1", "B 12", "co", "x-ray", "mg", "5 mg"];

    private static readonly WordIndex Apart = new(ApartNames.Select((n, i) => (n, i)));

    private static Gen<string> AsciiText =>
        Gen.ListOf(Gen.Elements("warfarin", "Warfarin", "5", "mg", "5mg", "K1", "k 1", "vitamin", "B12", "b", "12", "co", "x", "-", " ", "ray", "acid", "acetylsalicylic", "/", "x-ray", "7"))
            .Select(p => string.Concat(p.Take(8)));

    [Property(MaxTest = 2000)]
    public Property Reading_letters_and_digits_apart_in_one_pass_equals_reading_the_spaced_copy() =>
        Prop.ForAll(AsciiText.ToArbitrary(), text =>
        {
            var onePass = new Collector();
            Assert.True(Apart.TryForEachHeldApart(text, ref onePass, out bool joined));
            var copy = new Collector();
            string spaced = WordIndex.Spaced(text);
            Apart.ForEachHeld(spaced, ref copy);
            var apart = new Collector();
            Assert.True(Apart.ForEachHeldApart(text, ref apart));
            return (onePass.Values ?? []).SetEquals(copy.Values ?? []) && (apart.Values ?? []).SetEquals(copy.Values ?? []) && joined == !ReferenceEquals(spaced, text);
        });

    /// <summary>Stops at the first name found.</summary>
    private struct First : WordIndex.ISink
    {
        public bool Found(int value, string name) => false;
    }

    [Property(MaxTest = 1000)]
    public Property Reading_apart_stops_when_the_sink_says_so_and_only_then_on_any_text() =>
        Prop.ForAll(Gen.OneOf(AsciiText, Text).ToArbitrary(), text =>
        {
            var all = new Collector();
            Apart.ForEachHeld(WordIndex.Spaced(text), ref all);
            var first = new First();
            return Apart.ForEachHeldApart(text, ref first) == (all.Values is null);
        });

    // The rule the ingredient table reads texts by, written out independently: a name of the table is found where the
    // matcher finds it in the text with a space between each letter and digit, or, for a name with a one-letter word
    // followed by digits after another word, that name with the separators before the letter left out.
    private static readonly Regex SeparatorBeforeCode = new(@"(?<=[A-Za-z0-9])[^A-Za-z0-9]+(?=[A-Za-z][0-9])", RegexOptions.CultureInvariant);

    private static Gen<string> IngredientText =>
        Gen.ListOf(Gen.Elements(
                "vitamin", "VITAMIN", "Vitamin", "provitamin", "B", "b", "7", "12", "1", "2", "3", "5", "a", "-", " ", "  ", "/", "biotin",
                "Q10", "Q", "10", "coenzyme", "Co", "nicotinic", "acid", "amide", "H", "complex", "\u00AD", "\u00E9", "\uFF17", "B7", "B12a", "x"))
            .Select(p => string.Concat(p.Take(7)));

    [Property(MaxTest = 3000)]
    public Property The_ingredient_table_finds_the_groups_a_text_names_with_letters_and_digits_apart() =>
        Prop.ForAll(IngredientText.ToArbitrary(), text =>
        {
            var formulation = new Formulation("t", [WordIndex.Spaced(text)]);
            string[] expected =
            [
                text,
                .. MesoRules.Policy.MesoRulesPolicy.Default.Ingredients
                    .Where(g => g.Names.Any(n => formulation.Contains(WordIndex.Spaced(n)) || formulation.Contains(WordIndex.Spaced(SeparatorBeforeCode.Replace(n, string.Empty)))))
                    .SelectMany(g => g.Names),
            ];
            return IngredientNames.Shipped.Expand([text]).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(expected);
        });

    [Theory]
    [InlineData("Warfarin 5 mg", new[] { 0 })]
    [InlineData("ACETYLSALICYLIC-ACID 100mg", new[] { 1 })]
    [InlineData("vitamin B12", new[] { 3, 9 })]
    [InlineData("vitamin b3, vitamin B12", new[] { 2, 3, 9 })]
    [InlineData("d panthenol", new[] { 4 })]
    [InlineData("CAFE\u0301", new[] { 10 })]
    [InlineData("kelvin", new[] { 12, 13 })]
    [InlineData("biotin", new[] { 14 })]
    [InlineData("STRASSE", new int[0])]
    [InlineData("warfarine", new int[0])]
    public void Examples(string text, int[] expected)
    {
        Assert.Equal(expected.Order(), Indexed(text).Order());
        Assert.Equal(Exact(text).Order(), Indexed(text).Order());
    }

    [Fact]
    public void A_name_without_two_letters_or_digits_cannot_be_indexed()
    {
        Assert.False(WordIndex.CanIndex("a"));
        Assert.False(WordIndex.CanIndex(" - a - "));
        Assert.False(WordIndex.CanIndex("\u200B"));
        Assert.True(WordIndex.CanIndex("a b"));
        Assert.True(WordIndex.CanIndex("B1"));
    }
}
