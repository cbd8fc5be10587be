using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Patients;

namespace MesoRules.Tests.Patients;

/// <summary>
/// Long allergy and component lists are matched through a hash table instead of pair by pair; both ways must give
/// the same answer for every input, including the corners of case mapping (dotless i, long s, the Kelvin and
/// Angstrom signs, sharp s, title-case letters), invisible format characters and decomposed accents.
/// </summary>
public class AllergySearchTests
{
    // Letters whose case mappings are irregular, separators, invisible format characters and combining marks.
    private static readonly char[] Alphabet =
    [
        'a', 'b', 'c', 'A', 'B', 'i', 'I', '\u0131', '\u0130', 's', 'S', '\u017F', 'k', 'K', '\u212A', '\u00DF', '\u1E9E',
        'e', '\u00E9', '\u0301', 'A', '\u00C5', '\u212B', '\u030A', '\u01C4', '\u01C5', '\u01C6', '\u00B5', '\u03BC', '\u039C',
        '1', ' ', ' ', '-', '/', ';', '\u037E', '\u00A0', '\u00AD', '\u200B', '\uFEFF', '\u2060',
    ];

    private static readonly Gen<string> Name =
        Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(c => new string(c));

    // Components often hold an allergy, with something around it, so that matches are common.
    private static Gen<string> Component(KnownAllergy[] allergies) =>
        allergies.Length == 0
            ? Name
            : Gen.Frequency(
                (1, Name),
                (2, from prefix in Name
                    from allergy in Gen.Elements(allergies)
                    from suffix in Name
                    select prefix + allergy.Substance + suffix));

    private static readonly Gen<(KnownAllergy[] Allergies, string[] Components, bool AnaphylaxisOnly)> Input =
        from allergies in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(
            from name in Name
            from anaphylaxis in Gen.Elements(false, true)
            select new KnownAllergy(name, anaphylaxis), n))
        from components in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Component(allergies), n))
        from anaphylaxisOnly in Gen.Elements(false, true)
        select (allergies, components, anaphylaxisOnly);

    [Property(MaxTest = 3000)]
    public Property The_table_finds_a_match_exactly_when_comparing_every_pair_does() =>
        Prop.ForAll(Input.ToArbitrary(), input =>
            AllergySearch.AnyMatchIndexed(input.Allergies, input.Components, input.AnaphylaxisOnly)
                == AllergySearch.AnyMatch(input.Allergies, input.Components, input.AnaphylaxisOnly, tableAbove: int.MaxValue));

    [Theory]
    [InlineData("biotin", "Vitamin B7 / BIOTIN 5 mg", true)]
    [InlineData("hyaluronic acid", "Hyaluronic-acid (cross-linked)", true)]
    [InlineData("hyaluronic acid", "hyaluronic  acid", true)]
    [InlineData("hyaluronic acid", "hyaluronic - \u00AD - acid", true)]
    [InlineData("caine", "lidocaine", false)]
    [InlineData("lidocaine", "lido\u00ADcaine 2%", true)]
    [InlineData("procaine", "procaine\u200Bhydrochloride", true)]
    [InlineData("caf\u00E9ine", "cafe\u0301ine", true)]
    [InlineData("cafe", "cafe\u0301ine", false)]
    [InlineData("bis", "bi\u017F", true)]
    [InlineData("sun", "\u017Fun", true)]
    [InlineData("a\u00B5", "A\u03BC", true)]
    [InlineData("\u1E9Ea", "\u00DFa", true)]
    [InlineData("kelvin", "\u212Aelvin", true)]
    [InlineData("\u212Aelvin", "kelvin", true)]
    [InlineData("\u00C5ngstr\u00F6m", "\u212Bngstr\u00F6m", true)]
    public void Both_ways_agree_on_the_corners_of_matching(string allergy, string component, bool expected)
    {
        // Padding past the pairwise limit takes the table path in AnyMatch; neither padding name matches.
        KnownAllergy[] allergies = [.. Enumerable.Range(0, 20).Select(i => new KnownAllergy($"unrelated {i}")), new KnownAllergy(allergy)];
        string[] components = [.. Enumerable.Range(0, 20).Select(i => $"other {i}"), component];

        Assert.Equal(expected, AllergySearch.AnyMatch(allergies, components, anaphylaxisOnly: false, tableAbove: int.MaxValue));
        Assert.Equal(expected, AllergySearch.AnyMatchIndexed(allergies, components, anaphylaxisOnly: false));
        Assert.Equal(expected, AllergySearch.AnyMatch(allergies, components, anaphylaxisOnly: false));
    }

    [Fact]
    public void Only_allergies_with_anaphylaxis_count_when_asked_for()
    {
        KnownAllergy[] allergies = [.. Enumerable.Range(0, 100).Select(i => new KnownAllergy($"substance {i}", Anaphylaxis: i != 42))];
        string[] components = [.. Enumerable.Range(0, 100).Select(i => $"component {i}"), "Substance 42 extract"];

        Assert.True(AllergySearch.AnyMatchIndexed(allergies, components, anaphylaxisOnly: false));
        Assert.False(AllergySearch.AnyMatchIndexed(allergies, components, anaphylaxisOnly: true));
    }
}
