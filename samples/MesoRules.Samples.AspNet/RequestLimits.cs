using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace MesoRules.Samples.AspNet;

/// <summary>
/// The request size limit. Kestrel enforces <see cref="MaxBodyBytes"/> while reading any body (chunked
/// included); this middleware answers a declared <c>Content-Length</c> above it at once with a 413 problem,
/// before any JSON is read, and applies the same limit on servers that honour the feature (the test host too).
/// </summary>
internal sealed class RequestLimits(RequestDelegate next, IProblemDetailsService problems)
{
    /// <summary>The largest request body accepted: 64 KB.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = MaxBodyBytes;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"The request body must be at most {MaxBodyBytes / 1024} KB.",
                },
            }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
