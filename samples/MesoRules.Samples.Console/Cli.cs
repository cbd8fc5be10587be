using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Samples.Console;

/// <summary>
/// The console sample's commands, parsed by System.CommandLine. Bad input prints one line starting <c>error:</c> to the
/// error writer and returns <see cref="BadInput"/>; <c>--help</c> (or <c>-h</c>) prints help to the output writer and returns <see cref="Ok"/>.
/// </summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int BadInput = 2;

    /// <summary>The name the help text uses for the program.</summary>
    public const string Name = "MesoRules.Samples.Console";

    private const string SampleSource = "built-in sample patient";

    /// <summary>The clinic zone the sample uses for plans and sheets.</summary>
    public static readonly TimeZoneInfo ClinicZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly string Activities = string.Join(", ", Enum.GetNames<AftercareActivity>());

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddMesoRules();
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);

        // Response files are off: an argument starting with '@' is a file name, and no file's content is ever parsed into
        // an error message. Bundling is off: the only short option is -h.
        ParseResult parsed = Commands(provider, output, time).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null, EnablePosixBundling = false });

        // A leading "[name]" is a System.CommandLine directive, which the parser drops silently; the sample has none, so it is refused.
        string[] problems =
        [
            .. parsed.Tokens.Where(t => t.Type == TokenType.Directive).Select(t => $"Unrecognized command or argument '{t.Value}'."),
            .. parsed.Errors.Select(e => FirstLine(e.Message)).Distinct(),
        ];
        if (problems.Length > 0 && parsed.Action is not HelpAction)
        {
            // System.CommandLine would print every error and then the whole help text; the contract is one line.
            error.WriteLine($"error: {string.Join(" ", problems)} See '{CommandPath(parsed.CommandResult.Command)} --help'.");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
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

    private static Command Commands(ServiceProvider provider, TextWriter output, TimeProvider time)
    {
        Argument<string> file = new("file") { Description = "A patient profile as JSON." };
        var plan = new PlanOptions();
        Option<bool> json = new("--json") { Description = "Print the full assessment as JSON." };
        Option<PatientLanguage> language = Language();
        Command assess = new("assess", "Assess a patient JSON file: eligibility, risk disclosure, session plan (re-planned from the visits given) and the first aftercare sheet.") { file, json, language };
        plan.AddTo(assess);
        assess.SetAction(r =>
        {
            string path = r.GetRequiredValue(file);
            return Assess(provider, ReadPatient(path), Path.GetFileName(path), plan.Read(r, ClinicToday(time)), r.GetValue(json), r.GetValue(language), output);
        });

        Argument<AftercareActivity> activity = new("activity")
        {
            HelpName = "activity",
            Description = $"One of: {Activities}. Case is ignored.",
            CustomParser = r => OptionValues.Parse<AftercareActivity>(r, TryParseActivity, "an activity", $"allowed: {Activities}."),
        };
        Option<DateTimeOffset> after = Instant("--after", "When the session ended.");
        Option<DateTimeOffset> at = Instant("--at", "The instant to check.");
        Command check = new("check", "May the patient do an activity at an instant after a session?") { activity, after, at };
        check.SetAction(r =>
        {
            AftercareActivity what = r.GetRequiredValue(activity);
            AftercareCheck answer = provider.GetRequiredService<AftercareEngine>().Check(what, r.GetRequiredValue(at), [r.GetRequiredValue(after)]);
            output.WriteLine(CheckReport.Describe(answer, what));
        });

        Option<TimeZoneInfo> zone = new("--zone")
        {
            HelpName = "zone",
            Description = "The time zone for local times, as an IANA id such as Europe/London.",
            Required = true,
            CustomParser = r => OptionValues.Parse<TimeZoneInfo>(r, TimeZoneInfo.TryFindSystemTimeZoneById, "a known time zone", "use an IANA id such as Europe/London."),
        };
        Option<bool> markdown = new("--markdown") { Description = "Print the sheet as Markdown instead of plain text." };
        Command sheet = new("sheet", "The aftercare sheet for a session, with local times in a time zone.") { after, zone, markdown, language };
        sheet.SetAction(r => output.Write(provider.GetRequiredService<AftercareEngine>().Schedule([r.GetRequiredValue(after)], [], r.GetValue(language))
            .Render(r.GetRequiredValue(zone), r.GetValue(markdown) ? DocumentFormat.Markdown : DocumentFormat.PlainText)));

        Command root = new(Name, "MesoRules console sample. With no command, assesses a built-in sample patient.")
        {
            new HelpOption("--help", "-h"), language, assess, check, sheet,
        };
        root.SetAction(r => Assess(provider, SamplePatient.Create(), SampleSource, PlanOptions.NewCourse(ClinicToday(time)), json: false, r.GetValue(language), output));
        return root;
    }

    /// <summary>The language of the patient texts a command prints; a language that is not shipped gives English, and the report says which was used.</summary>
    private static Option<PatientLanguage> Language() => new("--language")
    {
        HelpName = "tag",
        Description = $"The language of the patient texts: a BCP 47 tag such as en, es, pt-BR, fr or it (shipped: {string.Join(", ", PatientLanguage.Shipped.Select(l => l.Tag))}; any other language gives English). Default: en.",
        CustomParser = r => OptionValues.Parse<PatientLanguage>(r, TryParseLanguage, "a language tag", "use a BCP 47 tag such as es or pt-BR."),
    };

    private static bool TryParseLanguage(string text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out PatientLanguage language)
    {
        try
        {
            language = PatientLanguage.Resolve(text);
            return true;
        }
        catch (ArgumentException)
        {
            language = null;
            return false;
        }
    }

    private static Option<DateTimeOffset> Instant(string name, string description) => new(name)
    {
        HelpName = "instant",
        Description = $"{description} ISO 8601 with a UTC offset, for example 2026-03-02T10:30:00+00:00 or 2026-03-02T10:30:00Z.",
        Required = true,
        CustomParser = r => OptionValues.Parse<DateTimeOffset>(r, TryParseInstant, "an instant", "expected ISO 8601 with an offset, for example 2026-03-02T10:30:00+00:00."),
    };

    /// <summary>Today's date in the clinic's zone, by the clock.</summary>
    private static DateOnly ClinicToday(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), ClinicZone).DateTime);

    private static int Assess(ServiceProvider provider, PatientProfile patient, string source, PlanInput plan, bool json, PatientLanguage? language, TextWriter output)
    {
        TreatmentAssessment assessment;
        try
        {
            assessment = provider.GetRequiredService<TreatmentAssessor>().Assess(new PlanRequest
            {
                Patient = patient,
                CourseStart = plan.CourseStart,
                Today = plan.Today,
                Visits = plan.Visits,
                Language = language,
                TimeZone = ClinicZone,
                SessionTime = new TimeOnly(10, 0),
                MaintenanceHorizonMonths = 12,
                PatientActivities = source == SampleSource ? SamplePatient.Activities(plan.CourseStart) : [],
            });
        }
        catch (ArgumentException ex) when (PlanOptions.OptionFor(ex.ParamName) is { } option)
        {
            // The planner's own checks (visits in order, none after the planning day...) name the request member; say the option instead.
            string reason = ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            throw new UsageException($"{option}: {FirstLine(reason)}");
        }

        if (json)
        {
            output.WriteLine(MesoRulesJson.Serialize(assessment));
            return Ok;
        }

        EligibilityReport.Write(output, source, assessment.Eligibility);
        output.WriteLine();
        output.Write(assessment.Disclosure.Render());
        output.WriteLine();
        PlanReport.Write(output, assessment.Plan, ClinicZone);
        if (assessment.FirstSessionAftercare is { } aftercare)
        {
            output.WriteLine();
            output.Write(aftercare.Render(ClinicZone));
        }

        return Ok;
    }

    /// <summary>The largest patient file read, in bytes: a patient record is a few kilobytes; anything past this is refused, never loaded.</summary>
    private const int MaxPatientFileBytes = 1024 * 1024;

    /// <summary>Reads at most <see cref="MaxPatientFileBytes"/> bytes, so an endless or huge file (such as /dev/zero) is refused, not read into memory.</summary>
    private static string ReadBounded(string path)
    {
        using FileStream stream = File.OpenRead(path);
        var buffer = new byte[MaxPatientFileBytes + 1];
        int total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxPatientFileBytes)
        {
            throw new IOException($"the file is larger than {MaxPatientFileBytes / 1024} KB");
        }

        return new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer, 0, total).TrimStart('\uFEFF');
    }

    private static PatientProfile ReadPatient(string path)
    {
        string text;
        try
        {
            text = ReadBounded(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot read '{path}': {FirstLine(ex.Message)}");
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new UsageException($"cannot read '{path}': the file is not UTF-8 text");
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

    private static bool TryParseInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant) && HasOffset(text);

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal);

    private static bool TryParseActivity(string text, out AftercareActivity activity) =>
        Enum.TryParse(text, ignoreCase: true, out activity) && Enum.IsDefined(activity) && !int.TryParse(text, out _);

    private static string CommandPath(Command command) => command.Name == Name ? Name : $"{Name} {command.Name}";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private sealed class UsageException(string message) : Exception(message);
}
