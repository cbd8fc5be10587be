using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MesoRules.Samples.AspNet;

/// <summary>
/// The <c>servers</c> of the OpenAPI document come from configuration (<c>OpenApi:Servers</c>, a list of URLs), or
/// there are none. By default the document would name the server from the request's <c>Host</c> header, which the
/// caller chooses: a client generated from it could then be pointed anywhere.
/// </summary>
internal static class OpenApiServers
{
    public const string SectionName = "OpenApi:Servers";

    public static OpenApiOptions UseConfiguredServers(this OpenApiOptions options, IConfiguration configuration)
    {
        string[] urls = [.. configuration.GetSection(SectionName).GetChildren().Select(c => c.Value).OfType<string>().Where(u => u.Length > 0)];
        return options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = urls.Length == 0 ? null : [.. urls.Select(url => new OpenApiServer { Url = url })];
            return Task.CompletedTask;
        });
    }
}
