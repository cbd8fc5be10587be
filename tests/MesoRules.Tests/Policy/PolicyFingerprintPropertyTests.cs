using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Policy;

namespace MesoRules.Tests.Policy;

/// <summary>
/// The policy's canonical text and version against a model of the effective settings: two option sets share a
/// text (and a version) exactly when every effective setting is equal. The generator varies numbers, switches, texts
/// full of separators (<c>|</c>, <c>=</c>, line breaks, backslashes, lone surrogates), <see langword="null"/> against
/// empty, lists against joined items, and settings that restate a default (equal in effect, so equal in version).
/// </summary>
public class PolicyFingerprintPropertyTests
{
    private static readonly string[] Tricky =
    [
        "a", "c", "a|b", "b|c", "a=b", "b=c", "a\nb", "b\nc", "a\r\nb", "a\\", "\\nc", "\\0", "x.count=1", "a\u2028b", "\uD800x", "\uFFFDx", "é", "e\u0301",
    ];

    private static readonly string[] OneLine = ["a", "a|b", "a=b", "\\0", "\\n", "\uD800x", "\uFFFDx"];

    private static readonly string?[]?[] ComponentLists =
        [null, ["dutasteride", "finasteride"], ["dutasteride"], ["a|b"], ["a", "b"], ["a", "b|c"], ["a|b", "c"], ["a\nb"], ["\\0"]];

    private static readonly string[][] FactLists = [[], ["a"], ["a", "b"], ["a, b"], ["a|b"], ["a", "b|c"], ["a|b", "c"]];

    private static RiskDefinition Infection => DefaultDisclosureContent.Risks.Single(r => r.Id == DisclosureRuleIds.Infection);

    private static RiskTailoring DiabetesRaiser => Infection.Tailorings.Single(t => t.Fact.Contains("diabetes", StringComparison.Ordinal));

    private static DisclosedRisk DefaultPain => MesoRulesPolicy.Default.DisclosureRules.Risks[0].Variants[0];

    private static string DefaultSunGuidance => DefaultAftercareRules.Restrictions[(int)AftercareActivity.Sun].Guidance;

    /// <summary>One clinic's settings, as the generator sees them: every field is a setting the policy hashes.</summary>
    private sealed record Variation(
        string PolicyName,
        int MinimumAge,
        string?[]? Components,
        bool DiabetesEnabled,
        EligibilityOutcome? DiabetesOutcome,
        bool ClinicRule,
        string RuleText,
        string RuleRationale,
        string? RuleCitation,
        string[] RuleFacts,
        string? RuleMissingText,
        string? PainTitle,
        string? PainText,
        string? DiabetesReason,
        string? TitleLabel,
        bool RequireConsent,
        bool SunEnabled,
        string? SunGuidance,
        string? SunReason,
        int MildSessions)
    {
        public override string ToString() => string.Join(" | ", Effective(this).Select(a => a is null ? "<null>" : $"\"{a.Replace("\n", "\\n", StringComparison.Ordinal)}\""));
    }

    private const int FieldCount = 20;

    private static Gen<string?> Maybe(IEnumerable<string> values) => Gen.Elements([null, .. values]);

    private static Gen<object?> FieldValue(int field) => field switch
    {
        0 => Gen.Elements(["default", .. Tricky]).Select(v => (object?)v),
        1 => Gen.Elements(16, 18, 21).Select(v => (object?)v),
        2 => Gen.Elements(ComponentLists).Select(v => (object?)v),
        3 or 5 or 15 or 16 => Gen.Elements(false, true).Select(v => (object?)v),
        4 => Gen.Elements<EligibilityOutcome?>(null, EligibilityOutcome.EligibleWithCautions, EligibilityOutcome.Deferred).Select(v => (object?)v),
        6 or 7 => Gen.Elements(Tricky).Select(v => (object?)v),
        8 => Gen.Elements([null, string.Empty, .. Tricky]).Select(v => (object?)v),
        9 => Gen.Elements(FactLists).Select(v => (object?)v),
        10 => Gen.Elements(null, string.Empty, "More information is needed: a, b.", "More information is needed for this rule.", "a\nb").Select(v => (object?)v),
        11 => Maybe([DefaultPain.Title, .. Tricky]).Select(v => (object?)v),
        12 => Maybe([DefaultPain.Text, .. Tricky]).Select(v => (object?)v),
        13 => Maybe([DiabetesRaiser.Explanation, .. Tricky]).Select(v => (object?)v),
        14 => Maybe([DisclosureLabels.Default.Title, .. OneLine]).Select(v => (object?)v),
        17 => Maybe([DefaultSunGuidance, .. Tricky]).Select(v => (object?)v),
        18 => Maybe(Tricky).Select(v => (object?)v),
        _ => Gen.Elements(3, 4).Select(v => (object?)v),
    };

    private static Variation With(Variation v, int field, object? value) => field switch
    {
        0 => v with { PolicyName = (string)value! },
        1 => v with { MinimumAge = (int)value! },
        2 => v with { Components = (string?[]?)value },
        3 => v with { DiabetesEnabled = (bool)value! },
        4 => v with { DiabetesOutcome = (EligibilityOutcome?)value },
        5 => v with { ClinicRule = (bool)value! },
        6 => v with { RuleText = (string)value! },
        7 => v with { RuleRationale = (string)value! },
        8 => v with { RuleCitation = (string?)value },
        9 => v with { RuleFacts = (string[])value! },
        10 => v with { RuleMissingText = (string?)value },
        11 => v with { PainTitle = (string?)value },
        12 => v with { PainText = (string?)value },
        13 => v with { DiabetesReason = (string?)value },
        14 => v with { TitleLabel = (string?)value },
        15 => v with { RequireConsent = (bool)value! },
        16 => v with { SunEnabled = (bool)value! },
        17 => v with { SunGuidance = (string?)value },
        18 => v with { SunReason = (string?)value },
        _ => v with { MildSessions = (int)value! },
    };

    private static readonly Variation Defaults = new(
        "default", 18, null, true, null, false, "a", "a", null, [], null, null, null, null, null, true, true, null, null, 4);

    /// <summary>Each field drawn from its pool.</summary>
    private static Gen<Variation> AnyVariation =>
        Enumerable.Range(0, FieldCount).Aggregate(
            Gen.Constant(Defaults),
            (gen, index) => from v in gen from value in FieldValue(index) select With(v, index, value));

    /// <summary>
    /// The texts that a careless writer would confuse: a lone surrogate and the replacement character (equal after a
    /// lossy UTF-8 encoding), and the two sides of a moved separator (<c>a|b</c>, <c>c</c> against <c>a</c>, <c>b|c</c>).
    /// </summary>
    private static string? Twin(string? text) => text switch
    {
        "\uD800x" => "\uFFFDx",
        "\uFFFDx" => "\uD800x",
        "a|b" => "a",
        "a" => "a|b",
        "c" => "b|c",
        "b|c" => "c",
        "a\nb" => "a",
        "b\nc" => "c",
        _ => text,
    };

    /// <summary>Every text of a variation replaced by its twin: adjacent texts move their boundary together.</summary>
    private static Variation Twinned(Variation v) => v with
    {
        PolicyName = Twin(v.PolicyName)!,
        Components = v.Components?.Select(Twin).ToArray(),
        RuleText = Twin(v.RuleText)!,
        RuleRationale = Twin(v.RuleRationale)!,
        RuleCitation = Twin(v.RuleCitation),
        RuleFacts = [.. v.RuleFacts.Select(f => Twin(f)!)],
        PainTitle = Twin(v.PainTitle),
        PainText = Twin(v.PainText),
        SunGuidance = Twin(v.SunGuidance),
        SunReason = Twin(v.SunReason),
    };

    /// <summary>
    /// A variation and another one that differs in at most three fields (each redrawn, so possibly to an equal or
    /// equivalent value), and in one pair of four with every text replaced by its twin.
    /// </summary>
    private static Arbitrary<(Variation, Variation)> Pairs =>
        (from a in AnyVariation
         from fields in Gen.Choose(0, FieldCount - 1).ArrayOf().Select(f => f.Take(3).ToArray())
         from b in fields.Aggregate(Gen.Constant(a), (gen, index) => from v in gen from value in FieldValue(index) select With(v, index, value))
         from twin in Gen.Choose(0, 3)
         select (a, twin == 0 ? Twinned(b) : b)).ToArbitrary();

    private static MesoRulesOptions Options(Variation v)
    {
        var options = new MesoRulesOptions { PolicyName = v.PolicyName };
        options.Eligibility.MinimumAgeYears = v.MinimumAge;
        options.Eligibility.PregnancyAvoidanceComponents = v.Components?.Select(c => c!).ToList();
        options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Enabled = v.DiabetesEnabled, Outcome = v.DiabetesOutcome };
        if (v.ClinicRule)
        {
            options.Eligibility.CustomRules.Add(new EligibilityRule
            {
                Id = "clinic.x",
                Outcome = EligibilityOutcome.ReferToSpecialist,
                Text = v.RuleText,
                Rationale = v.RuleRationale,
                Citation = v.RuleCitation,
                Facts = v.RuleFacts,
                MissingInformationText = v.RuleMissingText,
                Condition = _ => RuleState.Silent,
            });
        }

        void Text(IDictionary<string, string> texts, string id, string? text)
        {
            if (text is not null)
            {
                texts[id] = text;
            }
        }

        Text(options.Disclosure.Texts, $"{DisclosureRuleIds.Pain}.title", v.PainTitle);
        Text(options.Disclosure.Texts, $"{DisclosureRuleIds.Pain}.text", v.PainText);
        Text(options.Disclosure.Texts, $"{DisclosureRuleIds.Infection}.raised-by.{DiabetesRaiser.Key}", v.DiabetesReason);
        Text(options.Disclosure.Texts, "disclosure.label.title", v.TitleLabel);
        options.Disclosure.Rules[DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = v.RequireConsent };
        options.Aftercare.Rules[nameof(AftercareActivity.Sun)] = new AftercareRuleOptions { Enabled = v.SunEnabled, Reason = v.SunReason };
        Text(options.Aftercare.Texts, "aftercare.sun.guidance", v.SunGuidance);
        options.Planning.MildInitialSessions = v.MildSessions;
        return options;
    }

    /// <summary>
    /// The model: every setting as it takes effect, in a fixed order (lists with their length first). Unset wording
    /// and an override that restates the library's own are the same setting; so are a missing component list and the
    /// default one, and a missing "more information" text and the one the rule's facts produce.
    /// </summary>
    private static List<string?> Effective(Variation v)
    {
        string?[] components = v.Components ?? ["dutasteride", "finasteride"];
        var atoms = new List<string?>
        {
            v.PolicyName,
            v.MinimumAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
            components.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        atoms.AddRange(components);
        atoms.Add(v.DiabetesEnabled ? "on" : "off");
        atoms.Add((v.DiabetesOutcome ?? EligibilityOutcome.EligibleWithCautions).ToString());
        atoms.Add(v.ClinicRule ? "rule" : "no rule");
        if (v.ClinicRule)
        {
            atoms.AddRange([v.RuleText, v.RuleRationale, v.RuleCitation, v.RuleFacts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            atoms.AddRange(v.RuleFacts);
            atoms.Add(v.RuleMissingText ?? (v.RuleFacts.Length == 0 ? "More information is needed for this rule." : $"More information is needed: {string.Join(", ", v.RuleFacts)}."));
        }

        atoms.Add(v.PainTitle ?? DefaultPain.Title);
        atoms.Add(v.PainText ?? DefaultPain.Text);
        atoms.Add(v.DiabetesReason ?? DiabetesRaiser.Explanation);
        atoms.Add(v.TitleLabel ?? "Risks of hair mesotherapy");
        atoms.Add(v.RequireConsent ? "consent" : "no consent");
        atoms.Add(v.SunEnabled ? "on" : "off");
        atoms.Add(v.SunGuidance ?? DefaultSunGuidance);
        atoms.Add(v.SunReason);
        atoms.Add(v.MildSessions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return atoms;
    }

    [Property(MaxTest = 300)]
    public Property Two_option_sets_share_a_canonical_text_and_a_version_exactly_when_their_effective_settings_are_equal() =>
        Prop.ForAll(Pairs, pair =>
        {
            (Variation a, Variation b) = pair;
            // The property is about option sets a clinic can use: a set validation refuses has no canonical text.
            if (Valid(a) is not { } first || Valid(b) is not { } second)
            {
                return true;
            }

            bool sameEffect = Effective(a).SequenceEqual(Effective(b));
            return (first.CanonicalText == second.CanonicalText) == sameEffect
                && (first.Version == second.Version) == sameEffect;
        });

    private static MesoRulesPolicy? Valid(Variation v)
    {
        try
        {
            return MesoRulesPolicy.Create(Options(v));
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException)
        {
            return null;
        }
    }

    [Fact]
    public void A_restated_default_keeps_the_version_while_a_moved_boundary_a_null_or_a_lone_surrogate_changes_it()
    {
        // Equivalent: a restated default leaves the version alone; different: a moved boundary between adjacent texts changes it.
        Variation restated = Defaults with { Components = ["dutasteride", "finasteride"], PainTitle = DefaultPain.Title, DiabetesOutcome = EligibilityOutcome.EligibleWithCautions, SunGuidance = DefaultSunGuidance };
        Assert.Equal(MesoRulesPolicy.Create(Options(Defaults)).Version, MesoRulesPolicy.Create(Options(restated)).Version);
        Assert.Equal(MesoRulesPolicy.Default.Version, MesoRulesPolicy.Create(Options(Defaults)).Version);

        Variation left = Defaults with { ClinicRule = true, RuleText = "a|b", RuleRationale = "c" };
        Variation right = Defaults with { ClinicRule = true, RuleText = "a", RuleRationale = "b|c" };
        Assert.NotEqual(MesoRulesPolicy.Create(Options(left)).Version, MesoRulesPolicy.Create(Options(right)).Version);
        Assert.NotEqual(
            MesoRulesPolicy.Create(Options(Defaults with { Components = ["a|b"] })).Version,
            MesoRulesPolicy.Create(Options(Defaults with { Components = ["a", "b"] })).Version);
        Assert.NotEqual(
            MesoRulesPolicy.Create(Options(Defaults with { ClinicRule = true, RuleCitation = null })).Version,
            MesoRulesPolicy.Create(Options(Defaults with { ClinicRule = true, RuleCitation = string.Empty })).Version);
        Assert.NotEqual(
            MesoRulesPolicy.Create(Options(Defaults with { PolicyName = "\uD800x" })).Version,
            MesoRulesPolicy.Create(Options(Defaults with { PolicyName = "\uFFFDx" })).Version);
    }
}
