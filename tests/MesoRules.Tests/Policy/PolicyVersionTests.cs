using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Policy;

namespace MesoRules.Tests.Policy;

public class PolicyVersionTests
{
    /// <summary>
    /// The default policy's version, committed so that any change to a default setting or rule text is a
    /// deliberate one. Update it (and say why in the change) when the defaults change on purpose.
    /// Moved from 34d13b04331deb79 on purpose with canonical format 3 (the one writer: the disclosure items are
    /// written field by field under <c>disclosure.item.&lt;id&gt;.</c> instead of as one escaped text, and the
    /// disclosure format version is 2); no default setting or text changed.
    /// </summary>
    private const string DefaultVersion = "9b9df5fb71b22ade";

    [Fact]
    public void The_default_policy_version_is_the_committed_one_in_every_process()
    {
        Assert.Equal(DefaultVersion, MesoRulesPolicy.Default.Version);
    }

    [Fact]
    public void The_version_is_sixteen_lower_case_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{16}$", MesoRulesPolicy.Default.Version);
    }

    [Fact]
    public void Equal_settings_give_equal_versions()
    {
        string first = MesoRulesPolicy.Create(new MesoRulesOptions()).Version;
        string second = MesoRulesPolicy.Create(new MesoRulesOptions()).Version;
        Assert.Equal(first, second);
    }

    public static TheoryData<string> Changes => ["policyName", "minimumAge", "components", "disable", "outcome", "custom"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_of_a_setting_changes_the_version(string change)
    {
        var options = new MesoRulesOptions();
        switch (change)
        {
            case "policyName": options.PolicyName = "north"; break;
            case "minimumAge": options.Eligibility.MinimumAgeYears = 21; break;
            case "components": options.Eligibility.PregnancyAvoidanceComponents = ["dutasteride"]; break;
            case "disable": options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Enabled = false }; break;
            case "outcome": options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.Deferred }; break;
            case "custom":
                options.Eligibility.CustomRules.Add(new EligibilityRule { Id = "clinic.x", Outcome = EligibilityOutcome.Eligible, Text = "t", Rationale = "r", Condition = _ => RuleState.Silent });
                break;
        }

        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
    }

    [Fact]
    public void An_override_that_restates_the_default_keeps_the_version()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Enabled = true, Outcome = EligibilityOutcome.EligibleWithCautions };
        Assert.Equal(MesoRulesPolicy.Default.Version, MesoRulesPolicy.Create(options).Version);
    }

    [Property(MaxTest = 100)]
    public Property Versions_are_equal_exactly_when_the_effective_settings_are_equal() =>
        Prop.ForAll(
            Gen.Choose(0, 100).Two().ToArbitrary(),
            ages =>
            {
                string a = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { MinimumAgeYears = ages.Item1, MinimumAgeReason = "Clinic protocol" } }).Version;
                string b = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { MinimumAgeYears = ages.Item2, MinimumAgeReason = "Clinic protocol" } }).Version;
                return (a == b) == (ages.Item1 == ages.Item2);
            });

    private static EligibilityRule ClinicRule(string text, string rationale, string? citation) => new()
    {
        Id = "clinic.x",
        Outcome = EligibilityOutcome.ReferToSpecialist,
        Text = text,
        Rationale = rationale,
        Citation = citation,
        Condition = _ => RuleState.Silent,
    };

    private static string VersionWith(EligibilityRule rule) =>
        MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { CustomRules = { rule } } }).Version;

    [Fact]
    public void Two_clinic_rules_that_differ_only_in_where_a_separator_falls_have_different_versions()
    {
        Assert.NotEqual(VersionWith(ClinicRule("a|b", "c", null)), VersionWith(ClinicRule("a", "b|c", null)));
        Assert.NotEqual(VersionWith(ClinicRule("a\nb", "c", null)), VersionWith(ClinicRule("a", "b\nc", null)));
        Assert.NotEqual(VersionWith(ClinicRule("a=b", "c", null)), VersionWith(ClinicRule("a", "b=c", null)));
    }

    [Fact]
    public void A_missing_citation_and_an_empty_one_have_different_versions()
    {
        Assert.NotEqual(VersionWith(ClinicRule("t", "r", null)), VersionWith(ClinicRule("t", "r", string.Empty)));
    }

    [Fact]
    public void The_canonical_text_is_version_3_with_one_field_per_line()
    {
        string text = MesoRulesPolicy.Default.CanonicalText;
        Assert.StartsWith("mesorules-policy/3\n", text, StringComparison.Ordinal);
        Assert.Contains("\neligibility.rule.eligibility.diabetes.outcome=EligibleWithCautions\n", text, StringComparison.Ordinal);
        Assert.Contains("\neligibility.pregnancyAvoidanceComponents.count=2\neligibility.pregnancyAvoidanceComponents[0]=dutasteride\n", text, StringComparison.Ordinal);
        Assert.Contains($"\ndisclosure.item.{DisclosureRuleIds.Infection}.tailorings.count=3\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n').Skip(1).SkipLast(1), line => Assert.Matches("^[^=]+=", line));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clinic_text_with_line_breaks_backslashes_or_equals_signs_stays_on_its_own_escaped_line()
    {
        string text = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { CustomRules = { ClinicRule("a\nb=c\\n\r", "r", null) } } }).CanonicalText;
        Assert.Contains("\neligibility.rule.clinic.x.text=a\\nb=c\\\\n\\r\neligibility.rule.clinic.x.rationale=r\neligibility.rule.clinic.x.citation=\\0\n", text, StringComparison.Ordinal);
    }

    private static Gen<string?> Text =>
        Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("a", "b", "|", "a|b", "b|", "=", "\\", "\\0", "\\n", ".", "a.b", "a b").Select(s => (string?)s));

    [Property(MaxTest = 300)]
    public Property Two_different_clinic_rule_texts_never_share_a_canonical_text() =>
        Prop.ForAll(
            (from t1 in Text from r1 in Text from c1 in Text from t2 in Text from r2 in Text from c2 in Text
             where t1 is not null && r1 is not null && t2 is not null && r2 is not null
             select (t1, r1, c1, t2, r2, c2)).ToArbitrary(),
            x =>
            {
                string a = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { CustomRules = { ClinicRule(x.t1!, x.r1!, x.c1) } } }).CanonicalText;
                string b = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { CustomRules = { ClinicRule(x.t2!, x.r2!, x.c2) } } }).CanonicalText;
                bool same = x.t1 == x.t2 && x.r1 == x.r2 && x.c1 == x.c2;
                return (a == b) == same;
            });

    [Fact]
    public void The_canonical_text_is_culture_invariant()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(DefaultVersion, MesoRulesPolicy.Create(new MesoRulesOptions()).Version);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
