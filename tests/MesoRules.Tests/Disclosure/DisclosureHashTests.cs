using Microsoft.Extensions.Time.Testing;
using System.Security.Cryptography;
using System.Text;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureHashTests
{
    /// <summary>
    /// The content hash of the default disclosure for the reference patient under the default policy. A change
    /// of any shown word, level or label changes it: such a change must be deliberate (it makes every stored
    /// acknowledgment stale), so update this constant together with the reason in the change. Since disclosure
    /// format 3 the hash does not cover the policy version. Moved from 92f4460c3f816a858075073775151d90868fa3465d21f9ed7ca049076cfa3af1
    /// on purpose with format 3 (the labels listed, the policy line left out), and from
    /// 05bd6dd1b1baab93f2b0c26204f63442a53cf0b40fe9efb6057863dd4ef548e9 on purpose when the HTML document's acknowledgment
    /// block (Acknowledgment, AcknowledgmentStatement, PatientName, Date, Signature) joined the hashed labels.
    /// </summary>
    private const string GoldenHash = "c200609ca3f346cbef4b5c7e06d17fd271627ae6e977b34388332e5c85d756ca";

    /// <summary>The default policy version, on the record of the golden disclosure (not part of its hash since disclosure format 3).</summary>
    private const string GoldenPolicyVersion = "9b9df5fb71b22ade";

    [Fact]
    public void The_default_disclosure_of_the_reference_patient_has_the_committed_hash()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        Assert.True(
            d.PolicyVersion == GoldenPolicyVersion,
            $"The default policy version moved from {GoldenPolicyVersion} to {d.PolicyVersion}; if that was deliberate, update GoldenPolicyVersion and GoldenHash (now {d.ContentHash}).");
        Assert.True(d.ContentHash == GoldenHash, $"The default disclosure hash moved from {GoldenHash} to {d.ContentHash}; if that was deliberate, update GoldenHash.");
    }

    [Fact]
    public void The_default_wording_has_the_committed_hash()
    {
        string document = MesoRulesPolicy.Default.DisclosureRules.CanonicalDocument(Reference);
        string actual = Sha256(document);
        Assert.True(actual == GoldenHash, $"The disclosure wording changed; if that was deliberate, update GoldenHash to {actual}.");
    }

    [Fact]
    public void The_hash_is_sha256_of_the_documented_canonical_document()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        string document = MesoRulesPolicy.Default.DisclosureRules.CanonicalDocument(Reference);
        string[] lines = document.Split('\n');

        Assert.Equal("mesorules-disclosure/3", lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith("policy", StringComparison.Ordinal));
        string labels = $"labels.count={DisclosureLabels.Names.Count}\n" + string.Concat(DisclosureLabels.Names.Select((n, i) => $"labels[{i}].name={n}\nlabels[{i}].text={d.Labels.Get(n)}\n"));
        Assert.Equal($"labels.sha256={Sha256(labels)}", lines[1]);
        int after = 2;
        Assert.Equal($"items.count={d.RuleIds.Length}", lines[after]);
        string[] items = [.. lines.Skip(after + 1).Where(l => l.Length > 0)];
        Assert.Equal(2 * d.RuleIds.Length, items.Length);
        Assert.Equal(d.RuleIds.Select((id, i) => $"items[{i}].id={id}"), items.Where((_, i) => i % 2 == 0));
        Assert.All(items.Where((_, i) => i % 2 == 1).Select((l, i) => (l, i)), x => Assert.Matches($"^items\\[{x.i}\\]\\.sha256=[0-9a-f]{{64}}$", x.l));
        Assert.EndsWith("\n", document, StringComparison.Ordinal);
        Assert.Equal(Sha256(document), d.ContentHash);
    }

    [Fact]
    public void An_item_line_hashes_the_documented_canonical_text_of_the_item()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        DisclosedRisk pain = d.GetRisk(DisclosureRuleIds.Pain);
        string canonical = DocumentedRiskText(pain, "common", "baseline");
        string document = MesoRulesPolicy.Default.DisclosureRules.CanonicalDocument(Reference);
        Assert.Contains($"\nitems[1].id={DisclosureRuleIds.Pain}\nitems[1].sha256={Sha256(canonical)}\n", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raised_risk_lists_each_raiser_as_a_record_and_a_warning_sign_hashes_its_documented_text()
    {
        RiskDisclosure d = Engine.Disclose(Reference.With(it3 => { it3.Health = Reference.Health.With(it2 => { it2.Diabetes = Answer.Yes; }); }));
        DisclosedRisk infection = d.GetRisk(DisclosureRuleIds.Infection);
        RiskRaise raise = Assert.Single(infection.RaisedBy);
        string canonical = DocumentedRiskText(infection, "uncommon", "raised");
        Assert.Contains($"raisedBy.count=1\nraisedBy[0].fact={raise.Fact}\nraisedBy[0].explanation={raise.Explanation}\n", canonical, StringComparison.Ordinal);
        string document = MesoRulesPolicy.Default.DisclosureRules.CanonicalDocument(Reference.With(it1 => { it1.Health = Reference.Health.With(it0 => { it0.Diabetes = Answer.Yes; }); }));
        Assert.Contains($"\nitems[2].sha256={Sha256(canonical)}\n", document, StringComparison.Ordinal);

        DisclosureStatement sign = d.WarningSigns[0];
        string statement =
            "kind=warning-sign\n" +
            $"id={sign.RuleId}\n" +
            $"title={sign.Title}\n" +
            $"text={sign.Text}\n" +
            $"provenance={sign.Provenance}\n" +
            $"citation={sign.Citation}\n";
        Assert.Contains($"\nitems[8].sha256={Sha256(statement)}\n", document, StringComparison.Ordinal);
    }

    /// <summary>A risk's canonical text, written from the remarks of <see cref="RiskDisclosure"/> (the default texts need no escaping).</summary>
    private static string DocumentedRiskText(DisclosedRisk risk, string likelihood, string level) =>
        "kind=risk\n" +
        $"id={risk.RuleId}\n" +
        $"title={risk.Title}\n" +
        $"likelihood={likelihood}\n" +
        $"level={level}\n" +
        $"text={risk.Text}\n" +
        $"course={risk.Course}\n" +
        $"mitigation={risk.Mitigation}\n" +
        $"raisedBy.count={risk.RaisedBy.Length}\n" +
        string.Concat(risk.RaisedBy.Select((r, i) => $"raisedBy[{i}].fact={r.Fact}\nraisedBy[{i}].explanation={r.Explanation}\n")) +
        $"provenance={risk.Provenance}\n" +
        $"citation={risk.Citation}\n";

    [Fact]
    public void The_hash_is_sixty_four_lower_case_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{64}$", Engine.Disclose(Reference).ContentHash);
    }

    [Fact]
    public void The_creation_instant_is_not_part_of_the_hash()
    {
        var clock = new FakeTimeProvider(Prepared);
        var engine = new DisclosureEngine(MesoRulesPolicy.Default, clock);
        RiskDisclosure first = engine.Disclose(Reference);
        clock.SetUtcNow(Prepared.AddDays(30));
        RiskDisclosure second = engine.Disclose(Reference);

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.NotEqual(first.CreatedAt, second.CreatedAt);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Equal_inputs_give_equal_disclosures_from_separately_compiled_policies()
    {
        var a = new DisclosureEngine(MesoRulesPolicy.Create(new MesoRulesOptions()), new FakeTimeProvider(Prepared));
        var b = new DisclosureEngine(MesoRulesPolicy.Create(new MesoRulesOptions()), new FakeTimeProvider(Prepared));
        ResultAssert.Same(a.Disclose(Reference), b.Disclose(Reference));
        Assert.Equal(a.Disclose(Reference).Render(), b.Disclose(Reference).Render());
    }

    public static TheoryData<string> WordingChanges =>
    [
        .. DisclosureRuleIds.Risks.SelectMany(id => new[] { $"{id}:Title", $"{id}:Text", $"{id}:Course", $"{id}:Mitigation" }),
        .. DisclosureRuleIds.Statements.SelectMany(id => new[] { $"{id}:Title", $"{id}:Text" }),
    ];

    [Theory]
    [MemberData(nameof(WordingChanges))]
    public void Any_change_of_shown_text_changes_both_the_hash_and_the_policy_version(string change)
    {
        string[] parts = change.Split(':');
        (string id, string field) = (parts[0], parts[1]);
        DisclosureEngine engine = EngineWith(o => o.Texts[$"{id}.{field.ToLowerInvariant()}"] = "Clinic wording.");

        RiskDisclosure baseline = Engine.Disclose(Reference);
        RiskDisclosure changed = engine.Disclose(Reference);
        Assert.NotEqual(baseline.ContentHash, changed.ContentHash);
        Assert.NotEqual(baseline.PolicyVersion, changed.PolicyVersion);
        Assert.Contains("Clinic wording.", changed.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wording_override_replaces_the_risk_text_and_changes_the_hash_and_the_policy_version()
    {
        const string german = "Jeder Einstich ist eine kleine Öffnung in der Haut, durch die Keime eindringen können.";
        DisclosureEngine engine = EngineWith(o =>
        {
            o.Texts[$"{DisclosureRuleIds.Infection}.title"] = "Infektion";
            o.Texts[$"{DisclosureRuleIds.Infection}.text"] = german;
        });

        RiskDisclosure d = engine.Disclose(Reference);
        DisclosedRisk infection = d.GetRisk(DisclosureRuleIds.Infection);
        Assert.Equal("Infektion", infection.Title);
        Assert.Equal(german, infection.Text);
        Assert.NotEqual(Engine.Disclose(Reference).ContentHash, d.ContentHash);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, d.PolicyVersion);
        ResultAssert.Same(Engine.Disclose(Reference).GetRisk(DisclosureRuleIds.Pain), d.GetRisk(DisclosureRuleIds.Pain));
    }

    [Fact]
    public void An_override_that_restates_the_library_wording_keeps_hash_and_version()
    {
        RiskDisclosure baseline = Engine.Disclose(Reference);
        string text = baseline.GetRisk(DisclosureRuleIds.Infection).Text;
        RiskDisclosure restated = EngineWith(o => o.Texts[$"{DisclosureRuleIds.Infection}.text"] = text).Disclose(Reference);
        Assert.Equal(baseline.ContentHash, restated.ContentHash);
        Assert.Equal(baseline.PolicyVersion, restated.PolicyVersion);
    }

    [Fact]
    public void Switching_the_consent_requirement_changes_the_policy_version_but_not_the_hash_of_what_is_shown()
    {
        RiskDisclosure d = EngineWith(o => o.Rules[DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = false }).Disclose(Reference);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, d.PolicyVersion);
        Assert.Equal(Engine.Disclose(Reference).ContentHash, d.ContentHash);
    }

    [Fact]
    public void A_change_elsewhere_in_the_policy_changes_the_policy_version_on_the_record_but_not_the_hash()
    {
        var options = new MesoRulesOptions { PolicyName = "north-clinic" };
        RiskDisclosure d = new DisclosureEngine(MesoRulesPolicy.Create(options), new FakeTimeProvider(Prepared)).Disclose(Reference);
        Assert.Equal(Engine.Disclose(Reference).ContentHash, d.ContentHash);
        Assert.Equal(MesoRulesPolicy.Create(options).Version, d.PolicyVersion);
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
