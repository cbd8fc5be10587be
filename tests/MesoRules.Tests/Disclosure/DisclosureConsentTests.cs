using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureConsentTests
{
    private const string PatientRef = "MRN-7";

    private static DisclosureAcknowledgment AckOf(RiskDisclosure d, DateTimeOffset at) => new(d.ContentHash, d.PolicyVersion, PatientRef, at, AcknowledgingParty.Patient);

    [Fact]
    public void Consent_is_required_by_default()
    {
        Assert.Empty(new DisclosureOptions().Rules);
        Assert.True(MesoRulesPolicy.Default.DisclosureRules.RequireConsent);
        Assert.True(Engine.CheckConsent(Reference, [], FirstSession).Required);
    }

    [Fact]
    public void Without_any_acknowledgment_the_first_session_is_blocked_naming_the_rule_and_policy()
    {
        ConsentCheck check = Engine.CheckConsent(Reference, [], FirstSession);

        Assert.Equal(ConsentStatus.Missing, check.Status);
        Assert.True(check.Blocking);
        Assert.Equal(DisclosureRuleIds.Consent, check.RuleId);
        Assert.Equal(MesoRulesPolicy.Default.Version, check.PolicyVersion);
        Assert.Contains(DisclosureRuleIds.Consent, check.Message, StringComparison.Ordinal);
        Assert.Contains(MesoRulesPolicy.Default.Version, check.Message, StringComparison.Ordinal);
        Assert.Equal(Engine.Disclose(Reference).ContentHash, check.DisclosureHash);
    }

    [Fact]
    public void A_valid_acknowledgment_before_the_first_session_passes_the_gate()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        ConsentCheck check = Engine.CheckConsent(Reference, [AckOf(d, FirstSession.AddDays(-3))], FirstSession);
        Assert.Equal(ConsentStatus.Valid, check.Status);
        Assert.False(check.Blocking);
    }

    [Fact]
    public void One_valid_acknowledgment_among_stale_and_late_ones_passes_the_gate()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        RiskDisclosure older = Engine.Disclose(Reference.With(it0 => { it0.Cause = HairLossCause.Undiagnosed; }));
        ConsentCheck check = Engine.CheckConsent(Reference, [AckOf(older, FirstSession.AddDays(-30)), AckOf(d, FirstSession.AddDays(-2)), AckOf(d, FirstSession.AddDays(1))], FirstSession);
        Assert.Equal(ConsentStatus.Valid, check.Status);
    }

    [Fact]
    public void An_acknowledgment_of_the_old_history_blocks_after_the_history_changed()
    {
        RiskDisclosure before = Engine.Disclose(Reference);
        PatientProfile changed = Reference.With(it2 => { it2.Health = Reference.Health.With(it1 => { it1.KeloidTendency = Answer.Yes; }); });

        ConsentCheck check = Engine.CheckConsent(changed, [AckOf(before, FirstSession.AddDays(-3))], FirstSession);

        Assert.Equal(ConsentStatus.StaleText, check.Status);
        Assert.True(check.Blocking);
    }

    [Fact]
    public void An_acknowledgment_of_an_earlier_wording_blocks_as_stale()
    {
        RiskDisclosure before = Engine.Disclose(Reference);
        DisclosureEngine reworded = EngineWith(o => o.Texts[$"{DisclosureRuleIds.General}.title"] = "Before you decide");
        Assert.Equal(ConsentStatus.StaleText, reworded.CheckConsent(Reference, [AckOf(before, FirstSession.AddDays(-3))], FirstSession).Status);
    }

    [Fact]
    public void An_acknowledgment_given_at_the_first_session_start_blocks()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        ConsentCheck check = Engine.CheckConsent(Reference, [AckOf(d, FirstSession)], FirstSession);
        Assert.Equal(ConsentStatus.GivenAfterFirstSession, check.Status);
        Assert.True(check.Blocking);
    }

    [Fact]
    public void Without_a_valid_one_the_latest_acknowledgment_gives_the_status()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        RiskDisclosure older = Engine.Disclose(Reference.With(it3 => { it3.Cause = HairLossCause.Other; }));
        ConsentCheck check = Engine.CheckConsent(Reference, [AckOf(d, FirstSession.AddHours(1)), AckOf(older, FirstSession.AddDays(-9))], FirstSession);
        Assert.Equal(ConsentStatus.GivenAfterFirstSession, check.Status);
    }

    [Fact]
    public void When_the_policy_does_not_require_consent_nothing_blocks()
    {
        DisclosureEngine engine = EngineWith(o => o.Rules[DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = false });
        ConsentCheck check = engine.CheckConsent(Reference, [], FirstSession);
        Assert.Equal(ConsentStatus.Missing, check.Status);
        Assert.False(check.Required);
        Assert.False(check.Blocking);
        Assert.DoesNotContain(DisclosureRuleIds.Consent, MesoRulesPolicy.Create(new MesoRulesOptions { Disclosure = { Rules = { [DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = false } } } }).Rules.Select(r => r.Id));
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_the_parameter()
    {
        Assert.Equal("patient", Assert.Throws<ArgumentNullException>(() => Engine.CheckConsent(null!, [], FirstSession)).ParamName);
        Assert.Equal("acknowledgments", Assert.Throws<ArgumentNullException>(() => Engine.CheckConsent(Reference, null!, FirstSession)).ParamName);
        Assert.Equal("acknowledgments[0]", Assert.Throws<ArgumentNullException>(() => Engine.CheckConsent(Reference, [null!], FirstSession)).ParamName);
    }
}
