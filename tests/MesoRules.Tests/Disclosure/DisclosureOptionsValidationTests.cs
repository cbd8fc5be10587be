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
            ["MesoRules:Disclosure:Texts:disclosure.risk.infection.text: must not be null or blank."],
            Failures(o => o.Texts[$"{DisclosureRuleIds.Infection}.text"] = ""));
    }

    [Fact]
    public void An_unknown_risk_id_fails_listing_the_allowed_ids()
    {
        Assert.Equal(
            ["MesoRules:Disclosure:Texts:disclosure.risk.hair-colour.text: 'disclosure.risk.hair-colour.text' names no disclosure text; allowed: the ids MesoRulesPolicy.Texts lists, for example disclosure.general.title."],
            Failures(o => o.Texts["disclosure.risk.hair-colour.text"] = "x"));
        Assert.Equal(
            ["MesoRules:Disclosure:Rules:disclosure.risk.hair-colour: 'disclosure.risk.hair-colour' names no disclosure rule; allowed: disclosure.general, disclosure.alternatives, disclosure.late-sign.infection, disclosure.late-sign.scarring, disclosure.late-sign.severe-allergy, disclosure.risk.pain, disclosure.risk.infection, disclosure.risk.allergic-reaction, disclosure.risk.skin-irritation, disclosure.risk.uneven-results, disclosure.risk.scarring, disclosure.consent."],
            Failures(o => o.Rules["disclosure.risk.hair-colour"] = new DisclosureRuleOptions()));
    }

    [Fact]
    public void Every_failure_is_listed_in_key_order()
    {
        IEnumerable<string> failures = Failures(o =>
        {
            o.Texts[$"{DisclosureRuleIds.Scarring}.title"] = " ";
            o.Texts[$"{DisclosureRuleIds.Scarring}.course"] = "";
            o.Texts[$"{DisclosureRuleIds.Scarring}.mitigation"] = new string('m', DisclosureOptions.TextLength.Max + 1);
            o.Texts[$"{DisclosureRuleIds.Pain}.text"] = null!;
            o.Texts["disclosure.unknown.title"] = "t";
            o.Texts[$"{DisclosureRuleIds.Alternatives}.text"] = "\t";
        });

        Assert.Equal(
            [
                "MesoRules:Disclosure:Texts:disclosure.alternatives.text: must not be null or blank.",
                "MesoRules:Disclosure:Texts:disclosure.risk.pain.text: must not be null.",
                "MesoRules:Disclosure:Texts:disclosure.risk.scarring.course: must not be null or blank.",
                "MesoRules:Disclosure:Texts:disclosure.risk.scarring.mitigation: 2001 characters is outside the allowed length 1..2000.",
                "MesoRules:Disclosure:Texts:disclosure.risk.scarring.title: must not be null or blank.",
                "MesoRules:Disclosure:Texts:disclosure.unknown.title: 'disclosure.unknown.title' names no disclosure text; allowed: the ids MesoRulesPolicy.Texts lists, for example disclosure.general.title.",
            ],
            failures);
    }

    [Fact]
    public void Null_sections_fail_naming_the_member()
    {
        Assert.Equal(["MesoRules:Disclosure: must not be null."], new MesoRulesOptionsValidator().Validate(null, new MesoRulesOptions { Disclosure = null! }).Failures);
    }

    [Theory]
    [InlineData(DisclosureRuleIds.General)]
    [InlineData(DisclosureRuleIds.Infection)]
    [InlineData(DisclosureRuleIds.Alternatives)]
    [InlineData(DisclosureRuleIds.LateScarring)]
    public void What_a_disclosure_shows_cannot_be_switched_off(string id)
    {
        Assert.Equal(
            [$"MesoRules:Disclosure:Rules:{id}:Enabled: '{id}' cannot be switched off: a disclosure always shows the general statement, the six risks, the alternatives and the signs to watch for; the rules of this feature a clinic can switch are disclosure.consent."],
            Failures(o => o.Rules[id] = new DisclosureRuleOptions { Enabled = false }));
    }

    [Fact]
    public void Creating_a_policy_with_invalid_disclosure_options_throws_with_every_failure()
    {
        var options = new MesoRulesOptions();
        options.Disclosure.Texts[$"{DisclosureRuleIds.Infection}.text"] = "";
        options.Disclosure.Texts["disclosure.risk.x.text"] = "x";
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal(2, ex.Failures.Count());
    }

    [Fact]
    public void Invalid_disclosure_options_fail_start_up_validation()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddMesoRules(o => o.Disclosure.Texts[$"{DisclosureRuleIds.Pain}.text"] = " ")
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("MesoRules:Disclosure:Texts:disclosure.risk.pain.text: must not be null or blank.", ex.Failures);
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
        Assert.Contains("disclosure.formatVersion=3\n", canonical, StringComparison.Ordinal);
        Assert.Contains("disclosure.requireConsent=true\n", canonical, StringComparison.Ordinal);
        Assert.All(DisclosureRuleIds.Risks.Concat(DisclosureRuleIds.Statements), id => Assert.Contains($"\ndisclosure.item.{id}.id={id}\n", canonical, StringComparison.Ordinal));
    }
}
