using Microsoft.Extensions.Time.Testing;
using MesoRules.Disclosure;
using MesoRules.Planning;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

/// <summary>domain.md section 5: consent must be dated before the first session; an unset date is not a date.</summary>
public class AcknowledgmentInstantTests
{
    public static TheoryData<DateTimeOffset> UnsetOrExtreme =>
    [
        default(DateTimeOffset),
        DateTimeOffset.MinValue.AddDays(1),
        DateTimeOffset.MaxValue,
        new DateTimeOffset(1899, 12, 31, 23, 59, 59, TimeSpan.Zero),
    ];

    [Theory]
    [MemberData(nameof(UnsetOrExtreme))]
    public void An_unset_or_extreme_acknowledgment_instant_is_refused_naming_the_field_and_range(DateTimeOffset at)
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, "MRN-1", at, AcknowledgingParty.Patient));
        Assert.Equal("acknowledgedAt", ex.ParamName);
        Assert.Contains("1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MRN-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acknowledgment_from_a_clock_that_was_never_set_cannot_open_the_consent_gate()
    {
        var engine = new DisclosureEngine(MesoRules.Policy.MesoRulesPolicy.Default, new FakeTimeProvider(default));
        RiskDisclosure disclosure = Engine.Disclose(Reference);
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => engine.Acknowledge(disclosure, "MRN-1", AcknowledgingParty.Patient));
        Assert.Contains("TimeProvider", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => engine.Disclose(Reference));
    }

    [Fact]
    public void The_earliest_and_latest_accepted_instants_are_accepted()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        _ = new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, "MRN-1", new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero), AcknowledgingParty.Patient);
        _ = new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, "MRN-1", new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero), AcknowledgingParty.Guardian);
    }
}
