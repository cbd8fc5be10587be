using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Planning;
using Q = MesoRules.Samples.AspNet.Documents.DocumentQuery;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>
/// The patient documents as the library renders them in HTML (self-contained, print styles for A4 and Letter, no
/// script, every text escaped), by language, for the sample patient or for one given in the query string, and
/// the front desk. Every answer is <c>text/html; charset=utf-8</c> with <c>Content-Language</c>, is not stored by caches
/// (it holds health answers), and varies with Accept-Language unless <c>lang</c> was given; bad query values are
/// answered with a 400 problem naming each bad parameter.
/// </summary>
internal static class DocumentEndpoints
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static readonly string[] AftercareParameters = [Q.Lang, Q.SessionEnd, Q.Zone];
    public static readonly string[] DisclosureParameters = [Q.Lang, .. Q.PatientParameters];
    public static readonly string[] PlanParameters = [Q.Lang, .. Q.PatientParameters, Q.Start, Q.Zone];

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/aftercare", Aftercare)
            .WithTags("Documents")
            .WithSummary("The aftercare sheet after a session (sessionEnd, default now) in the patient's language (lang, else Accept-Language), times in zone (default UTC).")
            .WithEngineParameters(("sessionEnds", Q.SessionEnd))
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem();

        app.MapGet("/documents/disclosure", Disclosure)
            .WithTags("Documents")
            .WithSummary("The risk disclosure for the sample patient, or with the answers given (age, severity, cause, pregnancy, breastfeeding, anticoagulants, allergies), in the patient's language.")
            .WithEngineParameters(("patient", "$"))
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem();

        app.MapGet("/documents/plan", Plan)
            .WithTags("Documents")
            .WithSummary("The session plan from start (default the next weekday) in zone, for the sample patient or with the answers given, in the patient's language.")
            .WithEngineParameters(("request", "$"))
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem();

        // The front desk is a page for people, not part of the API description.
        app.MapGet("/front-desk", FrontDesk.Get).ExcludeFromDescription();
        app.MapPost("/front-desk", FrontDesk.Post).ExcludeFromDescription();
        return app;
    }

    private static IResult Aftercare(HttpContext context, AftercareEngine engine, TimeProvider time)
    {
        Q query = ReadOrThrow(context, AftercareParameters, time);
        AftercareSchedule schedule = engine.Schedule([query.SessionEndsAt], language: query.Language);
        return Html(context, query, schedule.Render(query.TimeZone, DocumentFormat.Html));
    }

    private static IResult Disclosure(HttpContext context, DisclosureEngine engine, TimeProvider time)
    {
        Q query = ReadOrThrow(context, DisclosureParameters, time);
        RiskDisclosure disclosure = engine.Disclose(query.Patient, query.Language);
        return Html(context, query, disclosure.Render(DocumentFormat.Html));
    }

    private static IResult Plan(HttpContext context, SessionPlanner planner, TimeProvider time)
    {
        Q query = ReadOrThrow(context, PlanParameters, time);
        SessionPlan plan = planner.Plan(PlanFor(query));
        return Html(context, query, plan.Render(query.TimeZone, DocumentFormat.Html));
    }

    /// <summary>The plan request the plan page and the front desk make: the course from the start given, sessions at 10:00 in the zone.</summary>
    public static PlanRequest PlanFor(Q query) => new()
    {
        Patient = query.Patient,
        CourseStart = query.CourseStart,
        TimeZone = query.TimeZone,
        Language = query.Language,
    };

    private static Q ReadOrThrow(HttpContext context, string[] allowed, TimeProvider time)
    {
        Q query = Q.Read(context.Request.Query, allowed, context.Request.Headers.AcceptLanguage, time);
        return query.IsValid ? query : throw new QueryParametersException(query.Errors);
    }

    /// <summary>An HTML answer in the query's language, not stored by caches, varying with Accept-Language when that chose the language.</summary>
    public static IResult Html(HttpContext context, Q query, string html, int status = StatusCodes.Status200OK)
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentLanguage = query.Language.Tag;
        headers.CacheControl = "no-store";
        if (!query.LanguageGiven)
        {
            headers.Vary = "Accept-Language";
        }

        return TypedResults.Text(html, HtmlContentType, statusCode: status);
    }
}
