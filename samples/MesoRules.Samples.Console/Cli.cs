using System.Globalization;
using System.Text.Json;
using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Samples.Console;

/// <summary>The console sample's commands. Bad input prints one line to the error writer and returns <see cref="BadInput"/>.</summary>
internal static class Cli
{
    public const int Ok = 0;
    private const string SampleSource = "built-in sample patient";
    public const int BadInput = 2;

    public const string Usage =
        "usage: MesoRules.Samples.Console [assess FILE [--start yyyy-MM-dd] [--json] | check ACTIVITY --after INSTANT --at INSTANT | sheet --after INSTANT --zone ZONE [--markdown]]";

    /// <summary>The clinic zone the sample uses for plans and sheets.</summary>
    public static readonly TimeZoneInfo ClinicZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddMesoRules();
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);
        try
        {
            return args switch
            {
                [] => Assess(provider, SamplePatient.Create(), SampleSource, null, json: false, output, time),
                ["assess", .. var rest] => AssessFile(provider, rest, output, time),
                ["check", .. var rest] => Check(provider, rest, output),
                ["sheet", .. var rest] => Sheet(provider, rest, output),
                _ => throw new UsageException(Usage),
            };
        }
        catch (UsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {FirstLine(ex.Message)}");
        }

        return BadInput;
    }

    private static int AssessFile(ServiceProvider provider, string[] args, TextWriter output, TimeProvider time)
    {
        string? file = null;
        DateOnly? start = null;
        bool json = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--start":
                    start = ParseDate(Value(args, ref i, "--start"));
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}'. {Usage}");
                default:
                    if (file is not null)
                    {
                        throw new UsageException($"only one patient file may be given. {Usage}");
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            throw new UsageException($"assess needs a patient file. {Usage}");
        }

        return Assess(provider, ReadPatient(file), Path.GetFileName(file), start, json, output, time);
    }

    private static int Assess(ServiceProvider provider, PatientProfile patient, string source, DateOnly? start, bool json, TextWriter output, TimeProvider time)
    {
        DateOnly first = start ?? NextWeekday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), ClinicZone).DateTime));
        TreatmentAssessment assessment = provider.GetRequiredService<TreatmentAssessor>().Assess(new PlanRequest
        {
            Patient = patient,
            FirstSessionDate = first,
            TimeZone = ClinicZone,
            SessionTime = new TimeOnly(10, 0),
            MaintenanceHorizonMonths = 12,
            PatientActivities = source == SampleSource ? SamplePatient.Activities(first) : [],
        });

        if (json)
        {
            output.WriteLine(MesoRulesJson.Serialize(assessment));
            return Ok;
        }

        EligibilityReport.Write(output, source, assessment.Eligibility);
        output.WriteLine();
        output.Write(assessment.Disclosure.ToPlainText());
        output.WriteLine();
        PlanReport.Write(output, assessment.Plan, ClinicZone);
        if (assessment.FirstSessionAftercare is { } aftercare)
        {
            output.WriteLine();
            output.Write(AftercareSheet.Render(aftercare, ClinicZone, AftercareSheetFormat.PlainText));
        }

        return Ok;
    }

    private static int Check(ServiceProvider provider, string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"check needs an activity ({string.Join(", ", Enum.GetNames<AftercareActivity>())}). {Usage}");
        }

        AftercareActivity activity = ParseActivity(args[0]);
        DateTimeOffset? after = null, at = null;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--after": after = ParseInstant(Value(args, ref i, "--after")); break;
                case "--at": at = ParseInstant(Value(args, ref i, "--at")); break;
                default: throw new UsageException($"unknown option '{args[i]}'. {Usage}");
            }
        }

        if (after is null || at is null)
        {
            throw new UsageException($"check needs --after and --at. {Usage}");
        }

        AftercareCheck check = provider.GetRequiredService<AftercareEngine>().Check(activity, at.Value, after.Value);
        output.WriteLine(CheckReport.Describe(check, activity));
        return Ok;
    }

    private static int Sheet(ServiceProvider provider, string[] args, TextWriter output)
    {
        DateTimeOffset? after = null;
        TimeZoneInfo? zone = null;
        AftercareSheetFormat format = AftercareSheetFormat.PlainText;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--after": after = ParseInstant(Value(args, ref i, "--after")); break;
                case "--zone": zone = ParseZone(Value(args, ref i, "--zone")); break;
                case "--markdown": format = AftercareSheetFormat.Markdown; break;
                default: throw new UsageException($"unknown option '{args[i]}'. {Usage}");
            }
        }

        if (after is null || zone is null)
        {
            throw new UsageException($"sheet needs --after and --zone. {Usage}");
        }

        output.Write(provider.GetRequiredService<AftercareEngine>().RenderSheet(after.Value, zone, format));
        return Ok;
    }

    private static PatientProfile ReadPatient(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot read '{path}': {FirstLine(ex.Message)}");
        }

        try
        {
            PatientProfile patient = MesoRulesJson.Deserialize<PatientProfile>(text);
            PatientProfile.ThrowIfInvalid(patient);
            return patient;
        }
        catch (JsonException ex)
        {
            throw new UsageException($"'{path}' is not a valid patient JSON document: {FirstLine(ex.Message)}");
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"'{path}' is not a valid patient: {FirstLine(ex.Message)}");
        }
    }

    private static string Value(string[] args, ref int i, string option)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{option} needs a value. {Usage}");
        }

        return args[++i];
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new UsageException($"'{text}' is not a date; expected yyyy-MM-dd.");

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant) && HasOffset(text)
            ? instant
            : throw new UsageException($"'{text}' is not an instant; expected ISO 8601 with an offset, for example 2026-03-02T10:30:00+00:00.");

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal);

    private static TimeZoneInfo ParseZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"'{id}' is not a known time zone; use an IANA id such as Europe/London.");
        }
    }

    private static AftercareActivity ParseActivity(string text) =>
        Enum.TryParse(text, ignoreCase: true, out AftercareActivity activity) && Enum.IsDefined(activity) && !int.TryParse(text, out _)
            ? activity
            : throw new UsageException($"'{text}' is not an activity; allowed: {string.Join(", ", Enum.GetNames<AftercareActivity>())}.");

    private static DateOnly NextWeekday(DateOnly today)
    {
        DateOnly d = today.AddDays(1);
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private sealed class UsageException(string message) : Exception(message);
}
