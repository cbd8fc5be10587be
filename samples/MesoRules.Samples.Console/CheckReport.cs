using System.Globalization;
using MesoRules.Aftercare;

namespace MesoRules.Samples.Console;

/// <summary>Describes one aftercare check in a line.</summary>
internal static class CheckReport
{
    public static string Describe(AftercareCheck check, AftercareActivity activity)
    {
        string name = activity.ToString();
        return check.Status switch
        {
            AftercareStatus.NotYet => $"{name}: not yet [{check.RuleId}]; allowed with caution from {I(check.AllowedWithCautionFrom)}, allowed from {I(check.AllowedFrom)} (policy {check.PolicyVersion})",
            AftercareStatus.AllowedWithCaution => $"{name}: allowed with caution [{check.RuleId}]; fully allowed from {I(check.AllowedFrom)} (policy {check.PolicyVersion})",
            _ => $"{name}: allowed [{check.RuleId}] (policy {check.PolicyVersion})",
        };
    }

    private static string I(DateTimeOffset? instant) => instant?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) ?? "-";
}
