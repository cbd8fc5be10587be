using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Tests.Disclosure;

/// <summary>
/// The content hash against what is shown: two disclosures share a canonical document (its policy line aside) exactly
/// when every shown field of every item is equal. The policy line is left empty so that the property tests the
/// items themselves; with it, any wording change would also move the policy version.
/// </summary>
public class DisclosureHashPropertyTests
{
    private static readonly string[] Tricky = ["a", "c", "a|b", "b|c", "a=b", "b=c", "a\nb", "b\nc", "a\\", "\\nc", "\\0", "raisedBy.count=1", "\uD800x", "\uFFFDx"];

    private static RiskDefinition Infection => DefaultDisclosureContent.Risks.Single(r => r.Id == DisclosureRuleIds.Infection);

    /// <summary>Clinic wording (<see langword="null"/>: the library's) and the patient's answers that raise the infection risk.</summary>
    private sealed record Wording(string? PainTitle, string? PainText, string? PainCourse, string? PainMitigation, string? GeneralText, string? FirstReason, string? SecondReason, Answer First, Answer Second)
    {
        public override string ToString() => $"{PainTitle}|{PainText}|{PainCourse}|{PainMitigation}|{GeneralText}|{FirstReason}|{SecondReason}|{First}|{Second}".Replace("\n", "\\n", StringComparison.Ordinal);
    }

    private static Gen<string?> Text => Gen.Elements([null, .. Tricky]);

    private static Gen<Wording> AnyWording =>
        from title in Text
        from text in Text
        from course in Text
        from mitigation in Text
        from general in Text
        from first in Text
        from second in Text
        from a in Gen.Elements(Answer.No, Answer.Yes)
        from b in Gen.Elements(Answer.No, Answer.Yes)
        select new Wording(title, text, course, mitigation, general, first, second, a, b);

    private static Gen<Wording> Mutate(Wording w) =>
        Gen.Choose(0, 8).SelectMany(field => Text.SelectMany(text => Gen.Elements(Answer.No, Answer.Yes).Select(answer => field switch
        {
            0 => w with { PainTitle = text },
            1 => w with { PainText = text },
            2 => w with { PainCourse = text },
            3 => w with { PainMitigation = text },
            4 => w with { GeneralText = text },
            5 => w with { FirstReason = text },
            6 => w with { SecondReason = text },
            7 => w with { First = answer },
            _ => w with { Second = answer },
        })));

    /// <summary>The two sides of a moved separator, and a lone surrogate against the replacement character.</summary>
    private static string? Twin(string? text) => text switch
    {
        "a|b" => "a",
        "c" => "b|c",
        "a" => "a|b",
        "b|c" => "c",
        "\uD800x" => "\uFFFDx",
        "\uFFFDx" => "\uD800x",
        _ => text,
    };

    private static Arbitrary<(Wording, Wording)> Pairs =>
        (from a in AnyWording
         from changes in Gen.Choose(0, 2)
         from b in Enumerable.Range(0, changes).Aggregate(Gen.Constant(a), (gen, _) => gen.SelectMany(Mutate))
         from twin in Gen.Choose(0, 3)
         select (a, twin > 0 ? b : b with
         {
             PainTitle = Twin(b.PainTitle),
             PainText = Twin(b.PainText),
             PainCourse = Twin(b.PainCourse),
             PainMitigation = Twin(b.PainMitigation),
             FirstReason = Twin(b.FirstReason),
             SecondReason = Twin(b.SecondReason),
         })).ToArbitrary();

    private static bool Accepted(Wording w)
    {
        try
        {
            _ = Disclose(w);
            return true;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException)
        {
            return false;
        }
    }

    private static (RiskDisclosure Shown, string Document) Disclose(Wording w)
    {
        var options = new MesoRulesOptions();
        void Set(string id, string? text)
        {
            // A text left unset keeps the library wording; a blank one is refused by validation, so it is left unset too.
            if (!string.IsNullOrWhiteSpace(text))
            {
                options.Disclosure.Texts[id] = text;
            }
        }

        Set($"{DisclosureRuleIds.Pain}.title", w.PainTitle);
        Set($"{DisclosureRuleIds.Pain}.text", w.PainText);
        Set($"{DisclosureRuleIds.Pain}.course", w.PainCourse);
        Set($"{DisclosureRuleIds.Pain}.mitigation", w.PainMitigation);
        Set($"{DisclosureRuleIds.Infection}.raised-by.{Infection.Tailorings[0].Key}", w.FirstReason);
        Set($"{DisclosureRuleIds.Infection}.raised-by.{Infection.Tailorings[1].Key}", w.SecondReason);
        Set($"{DisclosureRuleIds.General}.text", w.GeneralText);
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
        PatientProfile patient = DisclosureTestData.Reference.With(it1 => { it1.Health = DisclosureTestData.Reference.Health.With(it0 => { it0.InfectionPredisposition = w.First; it0.Immunosuppression = w.Second; }); });
        return (new DisclosureEngine(policy, TimeProvider.System).Disclose(patient), policy.DisclosureRules.CanonicalDocument(patient));
    }

    /// <summary>Every shown field of every item, in shown order, with the length of each list first.</summary>
    private static List<string?> Shown(RiskDisclosure d)
    {
        var atoms = new List<string?>();
        void Statement(DisclosureStatement s) => atoms.AddRange([s.Kind.ToString(), s.RuleId, s.Title, s.Text, s.Provenance.ToString(), s.Citation]);
        Statement(d.General);
        foreach (DisclosedRisk r in d.Risks)
        {
            atoms.AddRange([r.RuleId, r.Title, r.Likelihood.ToString(), r.Level.ToString(), r.Text, r.Course, r.Mitigation, r.RaisedBy.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            atoms.AddRange(r.RaisedBy.SelectMany(x => new[] { x.Fact, x.Explanation }));
            atoms.AddRange([r.Provenance.ToString(), r.Citation]);
        }

        Statement(d.Alternatives);
        foreach (DisclosureStatement s in d.WarningSigns)
        {
            Statement(s);
        }

        return atoms;
    }

    [Property(MaxTest = 200)]
    public Property Two_disclosures_share_a_canonical_document_exactly_when_every_shown_field_is_equal() =>
        Prop.ForAll(Pairs, pair =>
        {
            // Wording validation refuses (a title with a line break, say) has no disclosure to compare.
            if (!Accepted(pair.Item1) || !Accepted(pair.Item2))
            {
                return true;
            }

            (RiskDisclosure shownA, string documentA) = Disclose(pair.Item1);
            (RiskDisclosure shownB, string documentB) = Disclose(pair.Item2);
            return (documentA == documentB) == Shown(shownA).SequenceEqual(Shown(shownB));
        });

    [Fact]
    public void Two_raisers_whose_explanations_differ_only_in_where_a_separator_falls_give_two_hashes()
    {
        Wording both = new(null, null, null, null, null, "a|b", "c", Answer.Yes, Answer.Yes);
        Assert.NotEqual(Disclose(both).Shown.ContentHash, Disclose(both with { FirstReason = "a", SecondReason = "b|c" }).Shown.ContentHash);
        Assert.NotEqual(Disclose(both).Document, Disclose(both with { FirstReason = "a", SecondReason = "b|c" }).Document);
    }
}
