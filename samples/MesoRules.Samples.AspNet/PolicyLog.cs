using MesoRules.Policy;

namespace MesoRules.Samples.AspNet;

/// <summary>Logs which MesoRules policy is in force after an edit of appsettings.json, or why an edit was refused.</summary>
internal static partial class PolicyLog
{
    public static void Follow(MonitoredPolicyProvider policies, ILogger logger)
    {
        policies.PolicyChanged += (_, policy) => Changed(logger, policy.Name, policy.Version);
        policies.PolicyRejected += (_, rejection) => Refused(logger, policies.Current.Version, string.Join("; ", rejection.Failures));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MesoRules policy {Name} {Version} is now in force.")]
    private static partial void Changed(ILogger logger, string name, string version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A MesoRules settings change was refused; policy {Version} stays in force. {Failures}")]
    private static partial void Refused(ILogger logger, string version, string failures);
}
