using Microsoft.Extensions.Time.Testing;
using MesoRules.Disclosure;
using MesoRules.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Disclosure;

public class DisclosureOptionsValidationTests
{
    private static IEnumerable<string> Failures(Action<DisclosureOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options.Disclosure);
        return new MesoRulesOptionsValidator().Validate(null, options).Failures ?? [];
    }

    [Fact]
    public void Default_disclosure_options_are_valid()
    {
        Assert.Empty(Failures(_ => { }));
    }

    [Fact]
    public void Empty_override_text_fails_naming_the_member_path()
    {
        Assert.Equal(
            ["MesoRules:Disclosure:Risks:disclosure.risk.infection:Text: must not be null or blank."],
            Failures(o => o.Risks[DisclosureRuleIds.Infection] = new DisclosureRiskOptions { Text = "" }));
    }

    [Fact]
    public void An_unknown_risk_id_fails_listing_the_allowed_ids()
    {
        Assert.Equal(
            ["MesoRules:Disclosure:Risks:disclosure.risk.hair-colour: 'disclosure.risk.hair-colour' names no disclosure risk; allowed: disclosure.risk.pain, disclosure.risk.infection, disclosure.risk.allergic-reaction, disclosure.risk.skin-irritation, disclosure.risk.uneven-results, disclosure.risk.scarring."],
            Failures(o => o.Risks["disclosure.risk.hair-colour"] = new DisclosureRiskOptions { Text = "x" }));
    }

    [Fact]
    public void Every_failure_is_listed_in_key_order()
    {
        IEnumerable<string> failures = Failures(o =>
        {
            o.Risks[DisclosureRuleIds.Scarring] = new DisclosureRiskOptions { Title = " ", Course = "", Mitigation = new string('m', DisclosureOptions.MaxTextLength + 1) };
            o.Risks[DisclosureRuleIds.Pain] = null!;
            o.Statements["disclosure.unknown"] = new DisclosureStatementOptions { Title = "t" };
            o.Statements[DisclosureRuleIds.Alternatives] = new DisclosureStatementOptions { Text = "\t" };
        });

        Assert.Equal(
            [
                "MesoRules:Disclosure:Risks:disclosure.risk.pain: must not be null.",
                "MesoRules:Disclosure:Risks:disclosure.risk.scarring:Title: must not be null or blank.",
                "MesoRules:Disclosure:Risks:disclosure.risk.scarring:Course: must not be null or blank.",
                "MesoRules:Disclosure:Risks:disclosure.risk.scarring:Mitigation: 2001 characters is outside the allowed length 1..2000.",
                "MesoRules:Disclosure:Statements:disclosure.alternatives:Text: must not be null or blank.",
                "MesoRules:Disclosure:Statements:disclosure.unknown: 'disclosure.unknown' names no disclosure statement; allowed: disclosure.general, disclosure.alternatives, disclosure.late-sign.infection, disclosure.late-sign.scarring, disclosure.late-sign.severe-allergy.",
            ],
            failures);
    }

    [Fact]
    public void Null_sections_fail_naming_the_member()
    {
        Assert.Equal(["MesoRules:Disclosure: must not be null."], new MesoRulesOptionsValidator().Validate(null, new MesoRulesOptions { Disclosure = null! }).Failures);
        Assert.Equal(
            ["MesoRules:Disclosure:Risks: must not be null.", "MesoRules:Disclosure:Statements: must not be null."],
            Failures(o =>
            {
                o.Risks = null!;
                o.Statements = null!;
            }));
    }

    [Fact]
    public void Creating_a_policy_with_invalid_disclosure_options_throws_with_every_failure()
    {
        var options = new MesoRulesOptions();
        options.Disclosure.Risks[DisclosureRuleIds.Infection] = new DisclosureRiskOptions { Text = "" };
        options.Disclosure.Risks["disclosure.risk.x"] = new DisclosureRiskOptions();
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal(2, ex.Failures.Count());
    }

    [Fact]
    public void Invalid_disclosure_options_fail_start_up_validation()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddMesoRules(o => o.Disclosure.Risks[DisclosureRuleIds.Pain] = new DisclosureRiskOptions { Text = " " })
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("MesoRules:Disclosure:Risks:disclosure.risk.pain:Text: must not be null or blank.", ex.Failures);
    }

    [Fact]
    public void The_engine_is_registered_by_AddMesoRules_with_the_registered_clock()
    {
        var clock = new FakeTimeProvider(DisclosureTestData.Prepared);
        using ServiceProvider sp = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddMesoRules().BuildServiceProvider();
        DisclosureEngine engine = sp.GetRequiredService<DisclosureEngine>();
        RiskDisclosure d = engine.Disclose(DisclosureTestData.Reference);
        Assert.Equal(DisclosureTestData.Prepared, d.CreatedAt);
        Assert.Equal(MesoRulesPolicy.Default.Version, d.PolicyVersion);
        Assert.Same(engine, sp.GetRequiredService<DisclosureEngine>());
    }

    [Fact]
    public void The_policy_fingerprint_holds_the_disclosure_settings()
    {
        string canonical = MesoRulesPolicy.Default.CanonicalText;
        Assert.Contains("disclosure.formatVersion=2\n", canonical, StringComparison.Ordinal);
        Assert.Contains("disclosure.requireConsent=true\n", canonical, StringComparison.Ordinal);
        Assert.All(DisclosureRuleIds.Risks.Concat(DisclosureRuleIds.Statements), id => Assert.Contains($"\ndisclosure.item.{id}.id={id}\n", canonical, StringComparison.Ordinal));
    }
}
