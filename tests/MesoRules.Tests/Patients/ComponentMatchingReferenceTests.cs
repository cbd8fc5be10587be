using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Properties;

namespace MesoRules.Tests.Patients;

/// <summary>
/// The library's component matching (<see cref="Formulation.Contains"/>, the allergy search pair by pair and through
/// its table, and the eligibility rules built on them) agrees with <see cref="ReferenceComponentMatcher"/>, a plain
/// matcher written from the documented contract, on generated substances and components that differ in separators,
/// invisible format characters, case, Unicode form and near misses (issue 11, item 6).
/// </summary>
public class ComponentMatchingReferenceTests
{
    // Names of letters the generators never use, which fill the lists past the pairwise limit: no padding allergy
    // matches a padding component ("yz" against "zy"), nor shares a word with a generated name.
    private static readonly KnownAllergy[] PaddingAllergies = [.. Enumerable.Range(0, 20).Select(i => new KnownAllergy(new string('x', i + 1) + " yz"))];

    private static readonly string[] PaddingComponents = [.. Enumerable.Range(0, 20).Select(i => new string('x', i + 1) + " zy")];

    [Property(MaxTest = 2000)]
    public Property A_formulation_contains_a_substance_exactly_when_the_reference_finds_it_as_whole_words() =>
        Prop.ForAll(ComponentNameGenerators.AnyCase, c =>
        {
            foreach (string substance in c.Substances)
            {
                foreach (string component in c.Components)
                {
                    Assert.True(
                        new Formulation("mix", [component]).Contains(substance) == ReferenceComponentMatcher.Holds(component, substance),
                        $"Contains and the reference disagree on {MatchCase.Escaped(substance)} in {MatchCase.Escaped(component)} (reference: {ReferenceComponentMatcher.Holds(component, substance)})");
                }

                Assert.Equal(ReferenceComponentMatcher.AnyHeld(c.Components, [substance]), new Formulation("mix", c.Components).Contains(substance));
            }
        });

    [Property(MaxTest = 1000)]
    public Property The_allergy_search_finds_a_match_exactly_when_the_reference_finds_a_pair_pair_by_pair_and_through_its_table() =>
        Prop.ForAll(ComponentNameGenerators.AnyCase, c =>
        {
            KnownAllergy[] allergies = [.. c.Substances.Select(s => new KnownAllergy(s))];
            bool expected = ReferenceComponentMatcher.AnyHeld(c.Components, c.Substances);

            Assert.Equal(expected, AllergySearch.AnyMatch(allergies, c.Components, anaphylaxisOnly: false, tableAbove: int.MaxValue));
            Assert.Equal(expected, AllergySearch.AnyMatchIndexed(allergies, c.Components, anaphylaxisOnly: false));

            // Long lists on both sides take the table in the search the rules call.
            KnownAllergy[] many = [.. PaddingAllergies, .. allergies];
            string[] components = [.. PaddingComponents, .. c.Components];
            Assert.Equal(expected, AllergySearch.AnyMatch(many, components, anaphylaxisOnly: false));
        });

    [Property(MaxTest = 300)]
    public Property The_component_allergy_rules_fire_exactly_when_the_reference_finds_a_pair() =>
        Prop.ForAll(ComponentNameGenerators.AnyCase, Gen.Elements(false, true).ToArbitrary(), (c, anaphylaxis) =>
        {
            PatientProfile patient = SamplePatients.Clear.With(it0 => { it0.Allergies = [.. c.Substances.Select(s => new KnownAllergy(s, anaphylaxis))]; it0.Formulation = new Formulation("mix", c.Components); });
            bool expected = ReferenceComponentMatcher.AnyHeld(c.Components, c.Substances);

            EligibilityAssessment a = Engine.Assess(patient);

            Assert.Equal(expected, a.Notes.Any(n => n.RuleId == EligibilityRuleIds.AllergyToComponent));
            Assert.Equal(expected && anaphylaxis, a.Notes.Any(n => n.RuleId == EligibilityRuleIds.AnaphylaxisToComponent));
            Assert.Equal(!expected, a.Notes.Any(n => n.RuleId == EligibilityRuleIds.OtherAllergy));
        });

    [Property(MaxTest = 200)]
    public Property The_pregnancy_avoidance_rule_fires_exactly_when_the_reference_finds_a_listed_substance_in_a_component() =>
        Prop.ForAll(ComponentNameGenerators.AnyCase, c =>
        {
            var engine = new EligibilityEngine(MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { PregnancyAvoidanceComponents = c.Substances } }));
            PatientProfile patient = SamplePatients.Clear.With(it1 => { it1.Formulation = new Formulation("mix", c.Components); });

            EligibilityAssessment a = engine.Assess(patient);

            Assert.Equal(ReferenceComponentMatcher.AnyHeld(c.Components, c.Substances), a.Notes.Any(n => n.RuleId == EligibilityRuleIds.PregnancyAvoidanceComponent));
        });

    [Fact]
    public void The_generated_pairs_are_often_matches_and_often_near_misses()
    {
        MatchCase[] cases = [.. Gen.Sample(ComponentNameGenerators.Cases, 500)];
        bool[] held = [.. cases.SelectMany(c => c.Substances.SelectMany(s => c.Components.Select(component => ReferenceComponentMatcher.Holds(component, s))))];

        double share = held.Count(h => h) / (double)held.Length;
        Assert.InRange(share, 0.15, 0.6);
    }

    [Theory]
    [InlineData("Hyaluronic-acid", "hyaluronic acid", true)]
    [InlineData("hyaluronic  acid", "hyaluronic acid", true)]
    [InlineData("lidocaine", "caine", false)]
    [InlineData("finasteride-free base", "finasteride", true)]
    [InlineData("cafe\u0301ine", "caf\u00E9ine", true)]
    [InlineData("cafe\u0301ine", "cafeine", false)]
    [InlineData("acidic", "acid", false)]
    [InlineData("lido\u00ADcaine 2%", "lidocaine", true)]
    [InlineData("lido\u00ADcaine 2%", "caine", true)]
    [InlineData("hyaluronic\u200Bacid", "hyaluronic acid", false)]
    [InlineData("zinc", "-", false)]
    public void The_reference_reads_the_documented_examples_as_documented(string component, string substance, bool expected)
    {
        Assert.Equal(expected, ReferenceComponentMatcher.Holds(component, substance));
        Assert.Equal(expected, new Formulation("mix", [component]).Contains(substance));
    }

    // Each row is a disagreement the properties found, where the library missed a match the contract promises.
    [Theory]
    [InlineData("hyaluronic \u200B acid", "hyaluronic acid")]
    [InlineData("hyaluronic - \u00AD - acid", "hyaluronic acid")]
    [InlineData("Hyaluronic\u00A0\u2060\tacid", "hyaluronic acid")]
    [InlineData("hyaluronic acid", "hyaluronic \u00AD acid")]
    [InlineData("\u01C5a", "\u01C5a")]
    [InlineData("\u01C4A", "\u01C5a")]
    [InlineData("\u017Fun", "sun")]
    [InlineData("sun", "\u017Fun")]
    [InlineData("\u212Aetoconazole", "ketoconazole")]
    [InlineData("WEI\u1E9EDORN", "Wei\u00DFdorn")]
    [InlineData("\u00B5g", "\u03BCg")]
    [InlineData("\u03C3x", "\u03C2x")]
    [InlineData("\u03F4ea", "\u03B8ea")]
    public void A_component_holds_a_substance_whatever_separators_and_forms_of_letters_each_is_written_with(string component, string substance)
    {
        KnownAllergy[] allergies = [.. PaddingAllergies, new KnownAllergy(substance)];
        string[] components = [.. PaddingComponents, component];

        Assert.True(ReferenceComponentMatcher.Holds(component, substance));
        Assert.True(new Formulation("mix", [component]).Contains(substance));
        Assert.True(AllergySearch.AnyMatch(allergies, components, anaphylaxisOnly: false, tableAbove: int.MaxValue));
        Assert.True(AllergySearch.AnyMatchIndexed(allergies, components, anaphylaxisOnly: false));
    }

    [Fact]
    public void An_anaphylaxis_is_not_missed_when_a_zero_width_space_stands_among_the_spaces_of_a_component()
    {
        PatientProfile patient = SamplePatients.Clear.With(it2 => { it2.Formulation = new Formulation("filler mix", ["biotin", "Hyaluronic \u200B acid"]); it2.Allergies = [new KnownAllergy("hyaluronic acid", Anaphylaxis: true)]; });

        EligibilityAssessment a = Engine.Assess(patient);

        Assert.Equal(EligibilityOutcome.NotEligible, a.Outcome);
        Assert.Contains(a.Notes, n => n.RuleId == EligibilityRuleIds.AnaphylaxisToComponent);
    }

    [Fact]
    public void Every_form_of_a_letter_finds_every_other_as_a_substance_of_one_letter()
    {
        var missed = new List<string>();
        foreach (IGrouping<char, char> letter in AllCharacters.Where(char.IsLetterOrDigit).GroupBy(Formulation.Fold).Where(g => g.Count() > 1))
        {
            foreach (char component in letter)
            {
                foreach (char substance in letter)
                {
                    if (!new Formulation("mix", [component.ToString()]).Contains(substance.ToString())
                        || !AllergySearch.AnyMatchIndexed([new KnownAllergy(substance.ToString())], [component.ToString()], anaphylaxisOnly: false))
                    {
                        missed.Add($"U+{(int)substance:X4} in U+{(int)component:X4}");
                    }
                }
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void The_letters_listed_with_more_forms_than_their_two_cases_are_those_the_runtime_maps()
    {
        string[] expected =
        [
            .. AllCharacters
                .GroupBy(Formulation.Fold)
                .Select(g => new string([.. g]))
                .Where(forms => forms.Any(c => forms.AsSpan().ContainsAnyExcept(char.ToUpperInvariant(c), char.ToLowerInvariant(c))))
                .Order(StringComparer.Ordinal),
        ];

        Assert.Equal(expected, Formulation.SameLetters.Classes.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<char> AllCharacters => Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => !char.IsSurrogate(c));

    private static readonly EligibilityEngine Engine = new();
}
