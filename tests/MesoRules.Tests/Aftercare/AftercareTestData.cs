using MesoRules.Aftercare;
using MesoRules.Policy;

namespace MesoRules.Tests.Aftercare;

/// <summary>Shared values for the aftercare tests.</summary>
internal static class AftercareTestData
{
    public static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    public static readonly DateTimeOffset SessionEnd = new(2026, 5, 12, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly AftercareEngine Engine = new();

    public static TimeZoneInfo London => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static TimeZoneInfo NewYork => TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static AftercareEngine EngineWith(Action<AftercareOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options.Aftercare);
        return new AftercareEngine(MesoRulesPolicy.Create(options));
    }
}

