using System.Globalization;
using System.Text.Json;
using MesoRules.Policy;

namespace MesoRules.Samples.AspNet;

/// <summary>
/// Logs which MesoRules policy is in force after an edit of appsettings.json, why an edit was refused, and a settings
/// file that could not be read.
/// </summary>
internal static partial class PolicyLog
{
    public static void Follow(MonitoredPolicyProvider policies, ILogger logger, IConfigurationBuilder configuration)
    {
        policies.PolicyChanged += (_, policy) => Changed(logger, policy.Name, policy.Version);
        policies.PolicyRejected += (_, rejection) => Refused(logger, policies.Current.Version, string.Join("; ", rejection.Failures));

        // Set once the app is built, so a file that cannot be read still stops start-up. On a reload the framework would
        // throw the error where nobody sees it; ignored instead, the file's settings read as missing, and MesoRules
        // refuses a section that lost its settings, so the policy in force stays until the file is fixed.
        foreach (FileConfigurationSource file in configuration.Sources.OfType<FileConfigurationSource>())
        {
            file.OnLoadException = context =>
            {
                Unreadable(logger, file.Path, Line(context.Exception));
                context.Ignore = true;
            };
        }
    }

    /// <summary>The line of a JSON syntax error (counted from 1), never the text around it.</summary>
    private static string Line(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is JsonException { LineNumber: long line })
            {
                return (line + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "unknown";
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MesoRules policy {Name} {Version} is now in force.")]
    private static partial void Changed(ILogger logger, string name, string version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A MesoRules settings change was refused; policy {Version} stays in force. {Failures}")]
    private static partial void Refused(ILogger logger, string version, string failures);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Settings file {File} could not be read (line {Line}) and is ignored until it is fixed; the MesoRules policy in force stays.")]
    private static partial void Unreadable(ILogger logger, string? file, string line);
}
