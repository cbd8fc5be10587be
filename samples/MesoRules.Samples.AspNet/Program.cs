using MesoRules.Policy;
using MesoRules.Samples.AspNet;
using MesoRules.Samples.AspNet.Documents;
using MesoRules.Serialization;

// MesoRules ASP.NET sample: a minimal API over the rules engines, with options from appsettings.json
// (section "MesoRules", validated on start), strict JSON from source-generated contexts (every body is read
// with the library's contract: no member twice, no numbers or booleans in strings), RFC 7807 problem details
// for every error (naming the field, never echoing request text), a request size limit and an OpenAPI
// document at /openapi/v1.json whose servers come from configuration only.
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);

// The library's own binding: reflection-free and strict (a value it cannot convert fails start-up, listed).
builder.Services.AddMesoRules(builder.Configuration.GetSection(MesoRulesOptions.SectionName));

builder.Services.ConfigureHttpJsonOptions(json => SampleJson.Configure(json.SerializerOptions));

// Body-binding errors are thrown (not answered with an empty 400) so the handler below can name the field.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
// Every error answer is problem+json, whatever the client accepts: this writer comes before the framework's own.
builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
builder.Services.AddProblemDetails(RequestProblems.Customize);
builder.Services.AddExceptionHandler<RequestProblemHandler>();
builder.Services.AddOpenApi(openApi => openApi.UseConfiguredServers(builder.Configuration));

WebApplication app = builder.Build();

// An edited appsettings.json takes effect without a restart; tell the operator which policy is in force, why an edit was refused, or that a settings file could not be read.
PolicyLog.Follow(app.Services.GetRequiredService<MonitoredPolicyProvider>(), app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MesoRules.Policy"), builder.Configuration);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestLimits>();

app.MapOpenApi();
app.MapMesoRulesEndpoints();
app.MapDocumentEndpoints();

app.Run();

/// <summary>The sample's entry point; public so that <c>WebApplicationFactory&lt;Program&gt;</c> can start it in tests.</summary>
public partial class Program;
