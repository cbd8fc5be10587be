using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using MesoRules.Serialization;
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
            case QueryParametersException query:
                foreach ((string parameter, string message) in query.Errors)
                {
                    Add(errors, (parameter, message));
                }

                return true;
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
    /// A JSON error as the library describes it: the path spelt with the contract's names (an unknown member at the
    /// object holding it), the reason and the position, never any text of the body.
    /// </summary>
    private static (string Path, string Message) DescribeJson(JsonException exception, Type? bodyType, JsonSerializerOptions json)
    {
        JsonReadError error = MesoRulesJson.DescribeReadError(exception, json, bodyType);
        return (error.Path, $"{error.Reason} (line {error.LineNumber}, byte {error.BytePositionInLine}).");
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
        StatusCodes.Status415UnsupportedMediaType => "The request body's media type is not supported here.",
        _ => RequestProblems.BadRequestTitle,
    };
}

/// <summary>A bad request body the sample itself detected; its message is written as is (it never holds request data).</summary>
internal sealed class RequestBodyException(string message, int statusCode = StatusCodes.Status400BadRequest)
    : BadHttpRequestException(message, statusCode);

/// <summary>Query parameters a page could not read, each named with a message that never holds what was sent.</summary>
internal sealed class QueryParametersException(IReadOnlyDictionary<string, string> errors)
    : Exception("The query string is not valid.")
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
