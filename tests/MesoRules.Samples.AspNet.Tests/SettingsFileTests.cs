using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace MesoRules.Samples.AspNet.Tests;

/// <summary>
/// appsettings.json edited while the sample runs, in a content root of the test's own: deleted and written again (as
/// editors and deployment tools do), or saved with a JSON syntax error.
/// </summary>
public sealed class SettingsFileTests : IDisposable
{
    private const string ClinicSettings = """
        { "MesoRules": { "PolicyName": "north-clinic 2026-11", "Eligibility": { "MinimumAgeYears": 21 } } }
        """;

    /// <summary>Long enough for a file watcher to see a change and the configuration to reload (250 ms later) on a busy machine.</summary>
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(15);

    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("mesorules-settings-");
    private readonly CapturedLogs _logs = new();
    private readonly SettingsFileApp _app;

    /// <summary>Writes the clinic's settings file (minimum age 21) into a content root of the test's own and runs the sample on it.</summary>
    public SettingsFileTests()
    {
        File.WriteAllText(SettingsFile, ClinicSettings);
        _app = new SettingsFileApp(_contentRoot.FullName, _logs);
    }

    private string SettingsFile => Path.Combine(_contentRoot.FullName, "appsettings.json");

    public void Dispose()
    {
        _app.Dispose();
        _contentRoot.Delete(recursive: true);
    }

    [Fact]
    public async Task Deleting_the_settings_file_and_writing_it_again_never_serves_an_answer_under_the_shipped_defaults()
    {
        HttpClient client = _app.CreateClient();
        string clinic = (string)(await Http.GetAsync(client, "/policy"))["version"]!;
        using var stop = new CancellationTokenSource();
        Task<List<JsonNode>> during = AskUntilAsync(client, stop.Token);

        File.Delete(SettingsFile);
        await WaitForAsync(() => _logs.From("MesoRules.Policy").Any(), "a log line for the reload after the deletion");
        JsonNode whileMissing = await AskAsync(client);
        await File.WriteAllTextAsync(SettingsFile, ClinicSettings.Replace("2026-11", "2026-12", StringComparison.Ordinal));
        await WaitForAsync(async () => (string)(await Http.GetAsync(client, "/policy"))["name"]! == "north-clinic 2026-12", "the rewritten file in force");
        await stop.CancelAsync();
        List<JsonNode> answers = [whileMissing, .. await during];

        Assert.Equal(clinic, (string)whileMissing["policyVersion"]!);
        Assert.All(answers, answer => Assert.Contains(answer["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.age.minor"));
        Assert.Contains(_logs.From("MesoRules.Policy"), e => e.Level == LogLevel.Warning
            && e.Message.Contains("MesoRules: the section is missing or empty after it had settings", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.From("MesoRules.Policy"), e => e.Message.Contains("policy default", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_settings_file_saved_with_a_syntax_error_is_logged_as_a_warning_without_its_content_and_the_policy_stays()
    {
        HttpClient client = _app.CreateClient();
        string clinic = (string)(await Http.GetAsync(client, "/policy"))["version"]!;

        await File.WriteAllTextAsync(SettingsFile, """
            { "MesoRules": { "PolicyName": "edit-secret-4711",
              "Eligibility": { "MinimumAgeYears": 18,, } } }
            """);
        const string Unreadable = "Settings file appsettings.json could not be read (line 2) and is ignored until it is fixed; the MesoRules policy in force stays.";
        await WaitForAsync(() => _logs.From("MesoRules.Policy").Any(e => e.Message == Unreadable), "a log line for the unreadable file");

        // A watcher may see the write more than once (truncated, then written); every report is the same warning.
        Assert.All(_logs.From("MesoRules.Policy").Where(e => e.Message.Contains("could not be read", StringComparison.Ordinal)), e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.DoesNotContain(_logs.All, e => e.Message.Contains("edit-secret-4711", StringComparison.Ordinal));
        JsonNode answer = await AskAsync(client);
        Assert.Equal(clinic, (string)answer["policyVersion"]!);
        Assert.Contains(answer["notes"]!.AsArray(), n => (string)n!["ruleId"]! == "eligibility.age.minor");
    }

    /// <summary>The eligibility of a 19-year-old: under the clinic's minimum age of 21 the minor rule fires; under the shipped defaults (18) it does not.</summary>
    private static async Task<JsonNode> AskAsync(HttpClient client) =>
        (await Http.PostAsync(client, "/eligibility", Http.Patient.Replace("\"ageYears\": 34", "\"ageYears\": 19", StringComparison.Ordinal))).Body;

    private static async Task<List<JsonNode>> AskUntilAsync(HttpClient client, CancellationToken stop)
    {
        var answers = new List<JsonNode>();
        while (!stop.IsCancellationRequested)
        {
            answers.Add(await AskAsync(client));
        }

        return answers;
    }

    private static Task WaitForAsync(Func<bool> condition, string what) => WaitForAsync(() => Task.FromResult(condition()), what);

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after <see cref="ReloadTimeout"/>.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < ReloadTimeout, $"Timed out waiting for {what}.");
            await Task.Delay(25);
        }
    }

    /// <summary>The sample with its content root (and so its appsettings.json) in a folder of the test's own, its logs captured.</summary>
    private sealed class SettingsFileApp(string contentRoot, CapturedLogs logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(contentRoot);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}

/// <summary>A logger provider that keeps every formatted log message, for tests that check what the sample logs.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyCollection<Entry> All => _entries;

    public IEnumerable<Entry> From(string category) => _entries.Where(e => e.Category == category);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    internal sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
    }
}
