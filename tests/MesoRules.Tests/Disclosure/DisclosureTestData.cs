using Microsoft.Extensions.Time.Testing;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Patients;

namespace MesoRules.Tests.Disclosure;

/// <summary>Shared values for the disclosure tests.</summary>
internal static class DisclosureTestData
{
    public static readonly DateTimeOffset Prepared = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset FirstSession = new(2026, 3, 16, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The reference patient: pattern hair loss, every health question answered "no", no allergies, a biotin mix.</summary>
    public static PatientProfile Reference => SamplePatients.Clear;

    public static DisclosureEngine Engine { get; } = new(MesoRulesPolicy.Default, new FakeTimeProvider(Prepared));

    public static DisclosureEngine EngineWith(Action<DisclosureOptions> configure, TimeProvider? clock = null)
    {
        var options = new MesoRulesOptions();
        configure(options.Disclosure);
        return new DisclosureEngine(MesoRulesPolicy.Create(options), clock ?? new FakeTimeProvider(Prepared));
    }

    public static RiskLevel LevelOf(RiskDisclosure disclosure, string riskId) => disclosure.GetRisk(riskId).Level;

    /// <summary>The risk ids whose level is above baseline.</summary>
    public static string[] Raised(RiskDisclosure disclosure) =>
        [.. disclosure.Risks.Where(r => r.Level != RiskLevel.Baseline).Select(r => r.RuleId)];
}

