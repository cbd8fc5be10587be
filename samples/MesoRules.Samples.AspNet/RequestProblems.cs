using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace MesoRules.Samples.AspNet;

/// <summary>Where an endpoint's engine parameter names (the first segment of an <see cref="ArgumentException.ParamName"/>) sit in its JSON body.</summary>
/// <param name="Paths">Parameter name to JSON path, for example <c>request</c> to <c>$</c>.</param>
internal sealed record EngineParameterPaths(IReadOnlyDictionary<string, string> Paths);

/// <summary>
/// Turns bad input into RFC 7807 problem details (400) that name the field as a JSON path. Never echoes what
/// was sent: a JSON error is reported by its path and kind, not its text, so patient data (allergies,
/// medicines, references) cannot leak into a response; no exception detail or stack trace is written.
/// </summary>
internal static class RequestProblems
{
    public const string BadRequestTitle = "The request is not valid.";

    // The library's enums, so an unknown enum string is answered with the allowed values (never the value sent).
    private static readonly Dictionary<Type, string[]> EnumNames = new()
    {
        [typeof(HairLossCause)] = Enum.GetNames<HairLossCause>(),
        [typeof(Severity)] = Enum.GetNames<Severity>(),
        [typeof(Answer)] = Enum.GetNames<Answer>(),
        [typeof(TreatmentResponse)] = Enum.GetNames<TreatmentResponse>(),
        [typeof(AftercareActivity)] = Enum.GetNames<AftercareActivity>(),
        [typeof(AftercareSheetFormat)] = Enum.GetNames<AftercareSheetFormat>(),
        [typeof(AcknowledgingParty)] = Enum.GetNames<AcknowledgingParty>(),
        [typeof(DayOfWeek)] = Enum.GetNames<DayOfWeek>(),
    };

    public static RouteHandlerBuilder WithEngineParameters(this RouteHandlerBuilder builder, params (string Name, string Path)[] paths) =>
        builder.WithMetadata(new EngineParameterPaths(paths.ToDictionary(p => p.Name, p => p.Path, StringComparer.Ordinal)));

    /// <summary>A member the sample's records need but System.Text.Json let through as <see langword="null"/>.</summary>
    public static void ThrowIfNull<T>(T? value, string member)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(member, $"{member} is required.");
        }
    }

    /// <summary>Every problem answer carries the request's trace id, nothing else from the request.</summary>
    public static void Customize(ProblemDetailsOptions options) =>
        options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        };

    /// <summary>Describes an exception as field errors, or returns <see langword="false"/> for an exception that is not bad input.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="endpoint">The endpoint that threw; its metadata gives the body type and where engine parameters sit.</param>
    /// <param name="json">The HTTP JSON options, to find the type expected at a JSON path.</param>
    /// <param name="status">The status to answer with.</param>
    /// <param name="errors">JSON path to messages.</param>
    public static bool TryDescribe(Exception exception, Endpoint? endpoint, JsonSerializerOptions json, out int status, out Dictionary<string, string[]> errors)
    {
        status = StatusCodes.Status400BadRequest;
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Type? bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        switch (exception)
        {
            case RequestBodyException body:
                status = body.StatusCode;
                Add(errors, ("$", body.Message));
                return true;
            case BadHttpRequestException { InnerException: JsonException inner }:
                Add(errors, DescribeJson(inner, bodyType, json));
                return true;
            case BadHttpRequestException bad:
                status = bad.StatusCode;
                Add(errors, ("$", DescribeStatus(bad.StatusCode)));
                return true;
            case JsonException inner:
                Add(errors, DescribeJson(inner, bodyType, json));
                return true;
            case ArgumentException argument:
                Add(errors, DescribeArgument(argument, endpoint));
                return true;
            default:
                return false;
        }
    }

    private static void Add(Dictionary<string, string[]> errors, (string Path, string Message) error) =>
        errors[error.Path] = [error.Message];

    private static string DescribeStatus(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {RequestLimits.MaxBodyBytes / 1024} KB.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        _ => "The request body is missing or could not be read as JSON.",
    };

    /// <summary>
    /// The path and kind of a System.Text.Json error. The message is rebuilt, never copied, because System.Text.Json
    /// and the library's converters may quote the offending text; what is expected at the path comes from the
    /// contract's metadata.
    /// </summary>
    internal static (string Path, string Message) DescribeJson(JsonException exception, Type? bodyType, JsonSerializerOptions json)
    {
        string path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
        string text = exception.Message;

        // Reader errors (bad syntax, a truncated document) quote the offending text; report the position only.
        if (exception.GetType().Name == "JsonReaderException" || exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            return (path, $"The JSON is malformed at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}.");
        }

        // The library's acknowledgment converter reports a refused member as "<member>: <reason>", with its own
        // words only (never the value), at the acknowledgment's path.
        int colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && char.IsAsciiLetterLower(text[0]) && text.AsSpan(0, colon).ContainsAnyExceptInRange('A', 'z') is false)
        {
            return ($"{path}.{text[..colon]}", text[(colon + 2)..]);
        }

        if (text.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return (path, "This member is not part of the contract.");
        }

        if (text.Contains("missing required properties", StringComparison.Ordinal))
        {
            // The names quoted after "including:" are the contract's member names, not values.
            string members = string.Join(", ", QuotedAll(text[text.IndexOf("including", StringComparison.Ordinal)..]));
            return (path, $"Required member(s) missing: {members}.");
        }

        if (text.Contains("doesn't allow", StringComparison.Ordinal) && text.Contains("null", StringComparison.Ordinal))
        {
            return (path, "This member must not be null.");
        }

        return (path, Expected(ContractTypeAt(bodyType, path, json)));
    }

    /// <summary>The type the contract expects at a JSON path such as <c>$.patient.allergies[0].substance</c>, or <see langword="null"/>.</summary>
    internal static Type? ContractTypeAt(Type? root, string path, JsonSerializerOptions json)
    {
        if (root is null || !path.StartsWith('$'))
        {
            return null;
        }

        Type? type = root;
        foreach (string segment in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0)
            {
                type = Member(type, name, json);
            }

            for (int at = bracket; at >= 0 && type is not null; at = segment.IndexOf('[', at + 1))
            {
                type = json.TryGetTypeInfo(type, out JsonTypeInfo? list) ? list.ElementType : null;
            }

            if (type is null)
            {
                return null;
            }
        }

        return type;

        static Type? Member(Type? type, string name, JsonSerializerOptions json)
        {
            if (type is null || !json.TryGetTypeInfo(type, out JsonTypeInfo? info))
            {
                return null;
            }

            foreach (JsonPropertyInfo property in info.Properties)
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.PropertyType;
                }
            }

            return null;
        }
    }

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is not null && EnumNames.TryGetValue(type, out string[]? names))
        {
            return $"The value must be one of: {string.Join(", ", names)}.";
        }

        return type switch
        {
            null => "The value is not valid here.",
            _ when type == typeof(DateOnly) => "The value must be a date (yyyy-MM-dd).",
            _ when type == typeof(DateTimeOffset) => "The value must be an instant: ISO 8601 with its offset, for example 2026-05-04T10:30:00+02:00.",
            _ when type == typeof(TimeOnly) => "The value must be a time of day (HH:mm:ss).",
            _ when type == typeof(TimeSpan) => "The value must be a duration (d.hh:mm:ss).",
            _ when type == typeof(int) => "The value must be a whole number.",
            _ when type == typeof(bool) => "The value must be true or false.",
            _ when type == typeof(string) => "The value must be a string.",
            _ when type == typeof(TimeZoneInfo) => "The value must be a known IANA time zone id, for example \"Europe/London\".",
            _ when type == typeof(ClinicCalendar) => "The value must be a clinic calendar: {\"openDays\": [\"Monday\", ...], \"closedDates\": [\"2026-12-25\", ...]}.",
            _ when type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "The value must be a JSON array.",
            _ => $"The value must be a JSON object ({type.Name}).",
        };
    }

    private static (string Path, string Message) DescribeArgument(ArgumentException argument, Endpoint? endpoint)
    {
        string path = ToJsonPath(argument.ParamName, endpoint?.Metadata.GetMetadata<EngineParameterPaths>());

        // The library's messages name the member and the allowed range, never the value; drop the framework's suffixes.
        string message = argument.Message.Split('\n')[0].Trim();
        string suffix = $" (Parameter '{argument.ParamName}')";
        if (message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        return (path, message);
    }

    /// <summary>Maps an engine parameter name such as <c>request.Patient.Allergies[0].Substance</c> to <c>$.patient.allergies[0].substance</c>.</summary>
    internal static string ToJsonPath(string? paramName, EngineParameterPaths? paths)
    {
        if (string.IsNullOrEmpty(paramName))
        {
            return "$";
        }

        string[] segments = paramName.Split('.');
        var path = new StringBuilder();
        int start = 0;
        if (paths is not null && paths.Paths.TryGetValue(Root(segments[0]), out string? root))
        {
            path.Append(root).Append(segments[0].AsSpan(Root(segments[0]).Length));
            start = 1;
        }
        else
        {
            path.Append('$');
        }

        for (int i = start; i < segments.Length; i++)
        {
            path.Append('.').Append(CamelCase(segments[i]));
        }

        return path.ToString();

        static string Root(string segment) => segment.IndexOf('[', StringComparison.Ordinal) is int at and >= 0 ? segment[..at] : segment;
    }

    private static string CamelCase(string segment) =>
        segment.Length == 0 || char.IsLower(segment[0]) ? segment : string.Concat(char.ToLowerInvariant(segment[0]).ToString(), segment.AsSpan(1));

    private static List<string> QuotedAll(string text)
    {
        var items = new List<string>();
        int at = 0;
        while (true)
        {
            int start = text.IndexOf('\'', at);
            int end = start < 0 ? -1 : text.IndexOf('\'', start + 1);
            if (end < 0)
            {
                return items;
            }

            items.Add(text[(start + 1)..end]);
            at = end + 1;
        }
    }

}

/// <summary>Answers bad input with a validation problem (400, or the status Kestrel set) and anything else with a bare 500.</summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problems, IOptions<HttpJsonOptions> json) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails details;
        // The exception handler clears the endpoint before calling handlers; the feature keeps it.
        Endpoint? endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        if (RequestProblems.TryDescribe(exception, endpoint, json.Value.SerializerOptions, out int status, out Dictionary<string, string[]> errors))
        {
            details = new HttpValidationProblemDetails(errors)
            {
                Status = status,
                Title = status == StatusCodes.Status400BadRequest ? RequestProblems.BadRequestTitle : ReasonFor(status),
            };
        }
        else
        {
            status = StatusCodes.Status500InternalServerError;
            details = new ProblemDetails { Status = status, Title = "An unexpected error occurred." };
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details }).ConfigureAwait(false);
    }

    private static string ReasonFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
        _ => RequestProblems.BadRequestTitle,
    };
}

/// <summary>A bad request body the sample itself detected; its message is written as is (it never holds request data).</summary>
internal sealed class RequestBodyException(string message, int statusCode = StatusCodes.Status400BadRequest)
    : BadHttpRequestException(message, statusCode);
