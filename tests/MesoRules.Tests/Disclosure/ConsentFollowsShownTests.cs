using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using Microsoft.Extensions.Time.Testing;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

/// <summary>
/// Re-consent is due when what the patient was shown changes, or the history or the mix; not when an unrelated setting
/// changes (domain digest, section 6: "Consent").
/// </summary>
public class ConsentFollowsShownTests
{
    private static readonly DateTimeOffset FirstSession = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static DisclosureEngine EngineUnder(Action<MesoRulesOptions> change)
    {
        var options = new MesoRulesOptions();
        change(options);
        return new DisclosureEngine(MesoRulesPolicy.Create(options), new FakeTimeProvider(FirstSession.AddDays(-10)));
    }

    private static readonly DisclosureEngine Before = EngineUnder(_ => { });

    /// <summary>Policy changes that show the patient nothing new.</summary>
    public static TheoryData<string, Action<MesoRulesOptions>> Unrelated => new()
    {
        { "policy name", o => o.PolicyName = "north clinic" },
        { "planning interval", o => o.Planning.ModerateIntervalDays = 12 },
        { "minimum age", o => o.Eligibility.MinimumAgeYears = 21 },
        { "eligibility outcome", o => o.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.ReferToSpecialist } },
        { "eligibility wording", o => o.Eligibility.Texts["eligibility.keloid.text"] = "Keloids: take care." },
        { "medicine catalogue", o => o.Eligibility.MedicineClasses["antithrombotic"] = new MedicineClassOptions { Names = ["Marcoumar"] } },
        { "aftercare window", o => o.Aftercare.Rules["Sun"] = new MesoRules.Aftercare.AftercareRuleOptions { Minimum = TimeSpan.FromDays(3) } },
    };

    [Theory]
    [MemberData(nameof(Unrelated))]
    public void An_acknowledgment_stays_valid_when_only_settings_outside_the_disclosure_change(string change, Action<MesoRulesOptions> configure)
    {
        RiskDisclosure shown = Before.Disclose(Reference);
        DisclosureAcknowledgment ack = Before.Acknowledge(shown, "MRN-1", AcknowledgingParty.Patient);
        DisclosureEngine after = EngineUnder(configure);
        RiskDisclosure now = after.Disclose(Reference);

        Assert.NotEqual(shown.PolicyVersion, now.PolicyVersion);
        Assert.True(shown.ContentHash == now.ContentHash, change);
        AcknowledgmentVerification v = ack.Verify(now, FirstSession);
        Assert.Equal(ConsentStatus.Valid, v.Status);
        Assert.Equal(now.PolicyVersion, v.PolicyVersion);
        Assert.Equal(ConsentStatus.Valid, after.CheckConsent(Reference, [ack], FirstSession).Status);
    }

    /// <summary>Changes to what is shown.</summary>
    public static TheoryData<string, Action<MesoRulesOptions>> Shown => new()
    {
        { "a label", o => o.Disclosure.Texts["disclosure.label.likelihood"] = "How often" },
        { "a risk's wording", o => o.Disclosure.Texts[$"{DisclosureRuleIds.Pain}.text"] = "It can hurt." },
        { "a raised reason", o => o.Disclosure.Texts[$"{DisclosureRuleIds.Infection}.raised-by.diabetes"] = "Diabetes raises it." },
    };

    [Theory]
    [MemberData(nameof(Shown))]
    public void An_acknowledgment_turns_stale_when_a_shown_word_changes(string change, Action<MesoRulesOptions> configure)
    {
        PatientProfile diabetic = Reference.With(p => p.Health = Reference.Health.With(h => h.Diabetes = Answer.Yes));
        DisclosureAcknowledgment ack = Before.Acknowledge(Before.Disclose(diabetic), "MRN-1", AcknowledgingParty.Patient);
        Assert.True(ConsentStatus.StaleText == ack.Verify(EngineUnder(configure).Disclose(diabetic), FirstSession).Status, change);
    }

    [Fact]
    public void A_risk_level_change_turns_it_stale_and_a_history_change_alone_asks_again()
    {
        DisclosureAcknowledgment ack = Before.Acknowledge(Before.Disclose(Reference), "MRN-1", AcknowledgingParty.Patient);
        PatientProfile raised = Reference.With(p => p.Health = Reference.Health.With(h => h.Diabetes = Answer.Yes));
        Assert.Equal(ConsentStatus.StaleText, ack.Verify(Before.Disclose(raised), FirstSession).Status);

        PatientProfile newMedicine = Reference.With(p => p.CurrentMedicines = ["warfarin"]);
        Assert.Equal(ConsentStatus.StaleHistory, ack.Verify(Before.Disclose(newMedicine), FirstSession).Status);
    }

    private static Gen<Action<MesoRulesOptions>> OutsideTheDisclosure =>
        Gen.OneOf(
            Gen.Elements("a", "north", "Clinic Süd").Select<string, Action<MesoRulesOptions>>(n => o => o.PolicyName = n),
            Gen.Choose(7, 14).Select<int, Action<MesoRulesOptions>>(d => o => o.Planning.ModerateIntervalDays = d),
            Gen.Choose(18, 100).Select<int, Action<MesoRulesOptions>>(a => o => o.Eligibility.MinimumAgeYears = a),
            Gen.Choose(0, 100).Select<int, Action<MesoRulesOptions>>(a => o => { o.Eligibility.MinimumAgeYears = a; o.Eligibility.MinimumAgeReason = "Clinic protocol"; }),
            Gen.Elements(Enum.GetValues<EligibilityOutcome>()).Select<EligibilityOutcome, Action<MesoRulesOptions>>(x => o => o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Outcome = x }),
            Gen.Elements(false, true).Select<bool, Action<MesoRulesOptions>>(on => o => o.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Enabled = on }),
            Gen.Choose(48, 24 * 30).Select<int, Action<MesoRulesOptions>>(h => o => o.Aftercare.Rules["Sun"] = new MesoRules.Aftercare.AftercareRuleOptions { Minimum = TimeSpan.FromHours(h), Recommended = TimeSpan.FromDays(30) }));

    [Property(MaxTest = 200)]
    public Property A_policy_change_outside_the_disclosure_never_changes_the_content_hash() =>
        Prop.ForAll(Gen.ListOf(OutsideTheDisclosure).Select(l => l.Take(4).ToArray()).ToArbitrary(), MesoRules.Tests.Properties.Generators.Patient.ToArbitrary(), (changes, patient) =>
        {
            DisclosureEngine after = EngineUnder(o =>
            {
                foreach (Action<MesoRulesOptions> change in changes)
                {
                    change(o);
                }
            });
            return Before.Disclose(patient).ContentHash == after.Disclose(patient).ContentHash;
        });
}
