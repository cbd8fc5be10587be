using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MesoRules.Samples.AspNet;

/// <summary>The sample's endpoints: each one reads a library input (or a small sample record), calls one engine and answers with its result.</summary>
internal static class Endpoints
{
    public static IEndpointRouteBuilder MapMesoRulesEndpoints(this IEndpointRouteBuilder app)
    {
        // Each endpoint says where the engines' parameter names sit in its request body, so an engine's
        // ArgumentException ("request.Patient.AgeYears") is answered with the JSON path ("$.patient.ageYears").
        app.MapPost("/assessments", Assess)
            .WithTags("Assessment")
            .WithSummary("Full assessment: eligibility, risk disclosure, session plan and the aftercare of the first session.")
            .WithEngineParameters(PlanRequestParameters)
            .ProducesValidationProblem();

        app.MapPost("/eligibility", Eligibility)
            .WithTags("Eligibility")
            .WithSummary("Eligibility outcome and the notes that explain it.")
            .WithEngineParameters(("patient", "$"))
            .ProducesValidationProblem();

        app.MapPost("/plans", Plan)
            .WithTags("Planning")
            .WithSummary("Session plan on the clinic calendar, with findings.")
            .WithEngineParameters(PlanRequestParameters)
            .ProducesValidationProblem();

        app.MapPost("/disclosures", Disclose)
            .WithTags("Disclosure")
            .WithSummary("The risk disclosure this patient must be shown, with its content hash.")
            .WithEngineParameters(("patient", "$"))
            .ProducesValidationProblem();

        app.MapPost("/disclosures/verify", Verify)
            .WithTags("Disclosure")
            .WithSummary("Whether a stored acknowledgment is valid for the disclosure the patient would be shown now.")
            .WithEngineParameters(
                ("patient", "$.patient"),
                ("acknowledgment", "$.acknowledgment"))
            .ProducesValidationProblem();

        app.MapPost("/aftercare/check", Check)
            .WithTags("Aftercare")
            .WithSummary("May the patient do an activity at an instant, after the sessions given?")
            .WithEngineParameters(("activity", "$.activity"), ("sessionEnds", "$.sessionEnds"))
            .ProducesValidationProblem();

        app.MapPost("/aftercare/sheet", Sheet)
            .WithTags("Aftercare")
            .WithSummary("The printable aftercare sheet after one session, as text/plain, text/markdown or text/html.")
            .WithEngineParameters(("sessionEnd", "$.sessionEnd"), ("zone", "$.zone"), ("format", "$.format"))
            .Produces<string>(StatusCodes.Status200OK, "text/plain", "text/markdown", "text/html")
            .ProducesValidationProblem();

        app.MapGet("/policy", Policy).WithTags("Policy").WithSummary("The policy in force: name, version, effective settings and rules.");
        app.MapGet("/health", Health).WithTags("Policy").WithSummary("Liveness, with the policy version in force.");
        return app;
    }

    // A refused acknowledgment member is a JSON error at its own path (the record's converter); only the request itself is an engine parameter.
    private static readonly (string Name, string Path)[] PlanRequestParameters = [("request", "$")];

    private static Ok<TreatmentAssessment> Assess(PlanRequest request, TreatmentAssessor assessor) =>
        TypedResults.Ok(assessor.Assess(request));

    private static Ok<EligibilityAssessment> Eligibility(PatientProfile patient, EligibilityEngine engine) =>
        TypedResults.Ok(engine.Assess(patient));

    private static Ok<SessionPlan> Plan(PlanRequest request, SessionPlanner planner) =>
        TypedResults.Ok(planner.Plan(request));

    private static Ok<RiskDisclosure> Disclose(PatientProfile patient, DisclosureEngine engine) =>
        TypedResults.Ok(engine.Disclose(patient));

    private static Ok<AcknowledgmentVerification> Verify(VerifyAcknowledgmentRequest request, DisclosureEngine engine)
    {
        RequestProblems.ThrowIfNull(request.Patient, "patient");
        RequestProblems.ThrowIfNull(request.Acknowledgment, "acknowledgment");
        RiskDisclosure current = engine.Disclose(request.Patient);
        return TypedResults.Ok(request.Acknowledgment.Verify(current, request.FirstSessionStart));
    }

    private static Ok<AftercareCheck> Check(AftercareCheckRequest request, AftercareEngine engine)
    {
        RequestProblems.ThrowIfNull(request.SessionEnds, "sessionEnds");
        DateTimeOffset[] ends = [.. request.SessionEnds];
        return TypedResults.Ok(engine.Check(request.Activity, request.At, ends));
    }

    private static ContentHttpResult Sheet(AftercareSheetRequest request, AftercareEngine engine)
    {
        RequestProblems.ThrowIfNull(request.Zone, "zone");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.Zone, out TimeZoneInfo? zone))
        {
#pragma warning disable CA2208 // The parameter name is the request member's name, which names the field for the caller.
            throw new ArgumentException("Zone must be a known IANA time zone id, for example \"Europe/London\".", "zone");
#pragma warning restore CA2208
        }

        string sheet = engine.Schedule([request.SessionEnd]).Render(zone, request.Format);
        string contentType = request.Format switch
        {
            DocumentFormat.Markdown => "text/markdown; charset=utf-8",
            DocumentFormat.Html => "text/html; charset=utf-8",
            _ => "text/plain; charset=utf-8",
        };
        return TypedResults.Text(sheet, contentType);
    }

    private static Ok<MesoRulesPolicy> Policy(IMesoRulesPolicyProvider policies) =>
        TypedResults.Ok(policies.Current);

    private static Ok<HealthReport> Health(IMesoRulesPolicyProvider policies)
    {
        MesoRulesPolicy policy = policies.Current;
        return TypedResults.Ok(new HealthReport("Healthy", policy.Name, policy.Version));
    }
}
