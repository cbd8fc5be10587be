using System.CommandLine;
using System.CommandLine.Parsing;
using MesoRules.Planning;

namespace MesoRules.Samples.Console;

/// <summary>
/// The options that say which course to plan: its start, the visits recorded so far and the planning day. A command adds
/// them with <see cref="AddTo"/> and reads them with <see cref="Read"/>.
/// </summary>
internal sealed class PlanOptions
{
    private const string VisitFormat = "yyyy-MM-dd:phase:status";

    private static readonly string Phases = Names<SessionPhase>();
    private static readonly string Statuses = Names<VisitStatus>();

    private readonly Option<DateOnly?> _start = Date(
        "--start", "The course's first date. The default is the earliest visit's date, or with no visits the next weekday after the planning day.");

    private readonly Option<DateOnly?> _today = Date(
        "--today", "The day planning happens: no session is planned before it and every visit is on or before it. The default is today in the clinic's zone.");

    private readonly Option<CourseVisit[]> _visits = new("--visit")
    {
        HelpName = VisitFormat,
        Description = $"A visit recorded so far, repeated once per visit in date order: its date, phase ({Phases}) and status ({Statuses}), for example 2027-01-10:initial:done. Case is ignored.",
        CustomParser = ParseVisits,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_start);
        command.Options.Add(_today);
        command.Options.Add(_visits);
    }

    /// <summary>The course's start, the planning day and the visits of a parsed command line.</summary>
    public PlanInput Read(ParseResult result, DateOnly clockToday)
    {
        CourseVisit[] visits = result.GetValue(_visits) ?? [];
        DateOnly? today = result.GetValue(_today);
        DateOnly start = result.GetValue(_start) ?? (visits.Length > 0 ? visits.Min(v => v.Date) : NextWeekday(today ?? clockToday));
        return new PlanInput(start, today, visits);
    }

    /// <summary>What the options give when none is set: a new course from the next weekday after <paramref name="clockToday"/>.</summary>
    public static PlanInput NewCourse(DateOnly clockToday) => new(NextWeekday(clockToday), null, []);

    /// <summary>
    /// The option a planning request's member came from, for an error line: <c>request.Visits[1].Date</c> is the second
    /// <c>--visit</c>; <see langword="null"/> when no option sets the member.
    /// </summary>
    public static string? OptionFor(string? member) => member switch
    {
        "request.CourseStart" => "--start",
        "request.Today" => "--today",
        not null when member.StartsWith("request.Visits[", StringComparison.Ordinal) && int.TryParse(member.AsSpan(15, member.IndexOf(']', 15) - 15), out int i) => $"--visit #{i + 1}",
        _ => null,
    };

    private static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        HelpName = "yyyy-MM-dd",
        Description = description,
        CustomParser = r => OptionValues.Parse<DateOnly>(r, OptionValues.TryParseDate, "a date", "expected yyyy-MM-dd."),
    };

    private static CourseVisit[] ParseVisits(ArgumentResult result)
    {
        var visits = new CourseVisit[result.Tokens.Count];
        for (int i = 0; i < visits.Length; i++)
        {
            string text = result.Tokens[i].Value;
            string? problem = TryParseVisit(text, out CourseVisit? visit);
            if (problem is not null)
            {
                result.AddError($"{OptionValues.NameOf(result)}: '{text}' is not a visit: {problem}");
                return [];
            }

            visits[i] = visit!;
        }

        return visits;
    }

    /// <summary>Reads <c>yyyy-MM-dd:phase:status</c>; returns what is wrong, or <see langword="null"/>.</summary>
    private static string? TryParseVisit(string text, out CourseVisit? visit)
    {
        visit = null;
        string[] parts = text.Split(':');
        if (parts.Length != 3)
        {
            return $"expected {VisitFormat}, for example 2027-01-10:initial:done.";
        }

        if (!OptionValues.TryParseDate(parts[0], out DateOnly date))
        {
            return $"'{parts[0]}' is not a date; expected yyyy-MM-dd.";
        }

        if (!TryParseName(parts[1], out SessionPhase phase))
        {
            return $"'{parts[1]}' is not a phase; allowed: {Phases}.";
        }

        if (!TryParseName(parts[2], out VisitStatus status))
        {
            return $"'{parts[2]}' is not a status; allowed: {Statuses}.";
        }

        visit = new CourseVisit(date, phase, status);
        return null;
    }

    /// <summary>An enum value by its name, case ignored; numbers and combinations are refused.</summary>
    private static bool TryParseName<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (T candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));

    private static DateOnly NextWeekday(DateOnly today)
    {
        DateOnly d = today.AddDays(1);
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(1);
        }

        return d;
    }
}

/// <summary>What <see cref="PlanOptions"/> read: the course's start, the planning day (<see langword="null"/>: the clock's) and the visits.</summary>
internal sealed record PlanInput(DateOnly CourseStart, DateOnly? Today, IReadOnlyList<CourseVisit> Visits);
