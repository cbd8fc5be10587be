using System.Globalization;
using MesoRules.Localization;
using MesoRules.Patients;
using Microsoft.Extensions.Primitives;
using SamplePatient = MesoRules.Samples.Console.SamplePatient;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>
/// What a document page or the front desk reads from a query string or a form: the patient's language, the key answers
/// that replace the console sample's patient's (<see cref="SamplePatient"/>), the course start, the clinic zone and a session end.
/// Strict: a parameter the page does not take, a parameter given twice, or a value that does not read is an error naming
/// the parameter; no message echoes what was sent.
/// </summary>
internal sealed class DocumentQuery
{
    public const string Lang = "lang";
    public const string Age = "age";
    public const string Severity = "severity";
    public const string Cause = "cause";
    public const string Pregnancy = "pregnancy";
    public const string Breastfeeding = "breastfeeding";
    public const string Anticoagulants = "anticoagulants";
    public const string Allergies = "allergies";
    public const string Start = "start";
    public const string Zone = "zone";
    public const string SessionEnd = "sessionEnd";

    /// <summary>The error key for a parameter the page does not take (its name is not echoed).</summary>
    public const string Unknown = "query";

    /// <summary>The parameters that describe the patient.</summary>
    public static readonly string[] PatientParameters = [Age, Severity, Cause, Pregnancy, Breastfeeding, Anticoagulants, Allergies];

    /// <summary>The most allergies read from one request, and the longest name of one.</summary>
    public const int MaxAllergies = 20;
    public const int MaxAllergyLength = 100;

    private readonly Dictionary<string, string> _values;

    private DocumentQuery(Dictionary<string, string> values, Dictionary<string, string> errors)
    {
        _values = values;
        Errors = errors;
    }

    /// <summary>Every error found, by parameter name; empty when the request reads.</summary>
    public Dictionary<string, string> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Whether any parameter was given at all.</summary>
    public bool IsEmpty => _values.Count == 0 && Errors.Count == 0;

    public PatientLanguage Language { get; private set; } = PatientLanguage.English;

    /// <summary>Whether the language came from <c>lang</c> (so the answer does not vary with Accept-Language).</summary>
    public bool LanguageGiven { get; private set; }

    public PatientProfile Patient { get; private set; } = SamplePatient.Create();

    public DateOnly CourseStart { get; private set; }

    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    public DateTimeOffset SessionEndsAt { get; private set; }

    /// <summary>The raw value given for a parameter, for a form to show again (escaped by the page), or <see langword="null"/>.</summary>
    public string? Raw(string name) => _values.GetValueOrDefault(name);

    /// <summary>Reads <paramref name="source"/>, accepting only <paramref name="allowed"/>; unset values keep the sample's.</summary>
    /// <param name="source">The query string or the form.</param>
    /// <param name="allowed">The parameters this page takes.</param>
    /// <param name="acceptLanguage">The request's Accept-Language header, read when <c>lang</c> is absent.</param>
    /// <param name="time">The clock, for the default course start (the next weekday) and session end (now).</param>
    public static DocumentQuery Read(IEnumerable<KeyValuePair<string, StringValues>> source, IReadOnlyCollection<string> allowed, string? acceptLanguage, TimeProvider time)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, StringValues given) in source)
        {
            if (!allowed.Contains(name))
            {
                errors[Unknown] = $"An unknown parameter was given; this page takes {string.Join(", ", allowed)}.";
            }
            else if (given.Count != 1)
            {
                errors[name] = $"{name} must be given once.";
            }
            else
            {
                values[name] = given[0] ?? string.Empty;
            }
        }

        var query = new DocumentQuery(values, errors);
        query.ReadLanguage(acceptLanguage);
        query.ReadPatient();
        query.ReadZone();
        DateTimeOffset now = time.GetUtcNow();
        query.CourseStart = query.ReadDate(Start) ?? NextWeekday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, query.TimeZone).DateTime));
        query.SessionEndsAt = query.ReadInstant(SessionEnd) ?? new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        return query;
    }

    private void ReadLanguage(string? acceptLanguage)
    {
        if (_values.TryGetValue(Lang, out string? tag))
        {
            LanguageGiven = true;
            if (!LanguageTags.TryResolve(tag, out PatientLanguage? language))
            {
                Errors[Lang] = "lang must be a BCP 47 language tag such as en, es, es-MX, pt-BR, fr or it.";
                return;
            }

            Language = language;
            return;
        }

        Language = LanguageTags.FromAcceptLanguage(acceptLanguage);
    }

    private void ReadPatient()
    {
        PatientProfile patient = Patient;
        if (_values.TryGetValue(Age, out string? age))
        {
            // Empty is "not known" (a blank form field); otherwise digits only, no sign, no spaces.
            if (age.Length == 0)
            {
                patient.AgeYears = null;
            }
            else if (age.Length <= 3 && age.All(char.IsAsciiDigit) && int.Parse(age, CultureInfo.InvariantCulture) is int years and <= 130)
            {
                patient.AgeYears = years;
            }
            else
            {
                Errors[Age] = "age must be a whole number of years from 0 to 130, or empty when not known.";
            }
        }

        patient.Severity = ReadEnum(Severity, patient.Severity);
        patient.Cause = ReadEnum(Cause, patient.Cause);
        patient.Health.Pregnancy = ReadEnum(Pregnancy, patient.Health.Pregnancy);
        patient.Health.Breastfeeding = ReadEnum(Breastfeeding, patient.Health.Breastfeeding);
        patient.Health.Anticoagulants = ReadEnum(Anticoagulants, patient.Health.Anticoagulants);
        if (_values.TryGetValue(Allergies, out string? allergies))
        {
            ReadAllergies(patient, allergies);
        }
    }

    private void ReadAllergies(PatientProfile patient, string text)
    {
        // One allergy per line or between commas; an empty value means the patient was asked and has none.
        string[] names = text.Split([',', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length > MaxAllergies || names.Any(n => n.Length > MaxAllergyLength || !n.Any(char.IsLetterOrDigit)))
        {
            Errors[Allergies] = $"allergies must list at most {MaxAllergies} substances, separated by commas or lines, each with a letter or digit and at most {MaxAllergyLength} characters.";
            return;
        }

        patient.AllergiesDisclosed = true;
        patient.Allergies = [.. names.Select(n => new KnownAllergy(n))];
    }

    private T ReadEnum<T>(string name, T current)
        where T : struct, Enum
    {
        if (!_values.TryGetValue(name, out string? text))
        {
            return current;
        }

        // Names only, exactly as the library spells them: no numbers, no other case.
        foreach (T value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        Errors[name] = $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}.";
        return current;
    }

    private void ReadZone()
    {
        if (!_values.TryGetValue(Zone, out string? id))
        {
            return;
        }

        if (id.Length is 0 or > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out TimeZoneInfo? zone))
        {
            Errors[Zone] = "zone must be a known IANA time zone id, for example Europe/Madrid.";
            return;
        }

        TimeZone = zone;
    }

    private DateOnly? ReadDate(string name)
    {
        if (!_values.TryGetValue(name, out string? text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) && date.Year is >= 1900 and <= 9000)
        {
            return date;
        }

        Errors[name] = $"{name} must be a date written yyyy-MM-dd, from 1900-01-01 to 9000-12-31.";
        return null;
    }

    private DateTimeOffset? ReadInstant(string name)
    {
        if (!_values.TryGetValue(name, out string? text))
        {
            return null;
        }

        // ISO 8601 with its offset (Z or +01:00, written %2B01:00 in a URL): a local time without one is ambiguous.
        bool hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant)
            && instant.UtcDateTime.Year is >= 1900 and <= 9000)
        {
            return instant;
        }

        Errors[name] = $"{name} must be an instant in ISO 8601 with its offset, such as 2026-06-01T10:30:00Z or 2026-06-01T12:30:00+02:00 (+ written %2B), from 1900 to 9000.";
        return null;
    }

    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private static DateOnly NextWeekday(DateOnly day)
    {
        DateOnly next = day.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            next = next.AddDays(1);
        }

        return next;
    }
}
