using System.Globalization;
using MesoRules.Planning;

namespace MesoRules.Samples.Console;

/// <summary>Prints a session plan for a person to read.</summary>
internal static class PlanReport
{
    public static void Write(TextWriter output, SessionPlan plan, TimeZoneInfo zone)
    {
        output.WriteLine($"Session plan (policy {plan.PolicyVersion}, times in {zone.Id})");
        if (plan.Sessions.IsEmpty)
        {
            output.WriteLine("No sessions are planned.");
        }

        foreach (PlannedSession s in plan.Sessions)
        {
            DateTimeOffset local = TimeZoneInfo.ConvertTime(s.Start, zone);
            string done = s.Completed ? " (done)" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Number,2}. {s.Date:yyyy-MM-dd ddd} {local:HH:mm zzz}  {s.Phase}{done}"));
        }

        if (plan.FollowUp is { } followUp)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Follow-up check: {followUp.Date:yyyy-MM-dd ddd} [{followUp.RuleId}]"));
            output.WriteLine("Contact the clinic if:");
            foreach (var sign in followUp.ContactClinicIf)
            {
                output.WriteLine($"- {sign.Title}: {sign.Text}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Findings ({plan.Findings.Length}):");
        foreach (PlanFinding f in plan.Findings)
        {
            output.WriteLine($"- [{f.RuleId}] {f.Kind}: {f.Text}");
        }
    }
}
