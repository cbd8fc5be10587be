using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MesoRules.Policy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>Every error the sample can answer with is an RFC 7807 problem (<c>application/problem+json</c>), whatever the client accepts.</summary>
public sealed class ErrorAnswerTests(SampleApp app) : IClassFixture<SampleApp>
{
    public static TheoryData<string> Accepts => new() { "", "application/json", "text/html", "text/plain" };

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task An_unknown_route_is_answered_404_with_a_problem(string accept)
    {
        using HttpRequestMessage request = new(HttpMethod.Get, "/no-such-route");
        await AssertProblemAsync(request, accept, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_wrong_method_is_answered_405_with_a_problem(string accept)
    {
        using HttpRequestMessage request = new(HttpMethod.Get, "/eligibility");
        await AssertProblemAsync(request, accept, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_body_that_is_not_json_is_answered_415_with_a_problem(string accept)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/eligibility") { Content = new StringContent(Http.Patient, Encoding.UTF8, "text/plain") };
        await AssertProblemAsync(request, accept, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_body_over_the_limit_is_answered_413_with_a_problem(string accept)
    {
        string huge = Http.Patient.Replace("\"Hair vitamin complex\"", $"\"{new string('x', 70 * 1024)}\"", StringComparison.Ordinal);
        using HttpRequestMessage request = new(HttpMethod.Post, "/eligibility") { Content = Http.Json(huge) };
        await AssertProblemAsync(request, accept, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task Malformed_json_is_answered_400_with_a_problem(string accept)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/eligibility") { Content = Http.Json(Http.Patient[..^3]) };
        await AssertProblemAsync(request, accept, HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task An_unexpected_exception_is_answered_500_with_a_problem_without_its_details(string accept)
    {
        using SampleAppWith failing = new(app, services => services.AddSingleton<IMesoRulesPolicyProvider>(new FailingPolicies()));
        using HttpRequestMessage request = new(HttpMethod.Get, "/policy");
        string text = await AssertProblemAsync(request, accept, HttpStatusCode.InternalServerError, failing.Client);
        Assert.DoesNotContain(FailingPolicies.Secret, text, StringComparison.Ordinal);
    }

    private async Task<string> AssertProblemAsync(HttpRequestMessage request, string accept, HttpStatusCode status, HttpClient? client = null)
    {
        if (accept.Length > 0)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using HttpResponseMessage response = await (client ?? app.CreateClient()).SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, $"{response.Content.Headers.ContentType}: {text}");
        Assert.Equal((int)status, (int)JsonNode.Parse(text)!["status"]!);
        Http.AssertNoPatientData(text);
        return text;
    }

    /// <summary>The sample app with extra services, disposed with the test.</summary>
    private sealed class SampleAppWith : IDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

        public SampleAppWith(SampleApp app, Action<IServiceCollection> services)
        {
            _factory = app.WithWebHostBuilder(builder => builder.ConfigureServices(services));
            Client = _factory.CreateClient();
        }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
        }
    }

    private sealed class FailingPolicies : IMesoRulesPolicyProvider
    {
        public const string Secret = "secret-failure-detail";

        public MesoRulesPolicy Current => throw new InvalidOperationException(Secret);
    }
}
