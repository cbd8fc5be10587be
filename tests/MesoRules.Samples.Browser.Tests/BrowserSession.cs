using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace MesoRules.Samples.Browser.Tests;

/// <summary>
/// The sample app on a real Kestrel server on 127.0.0.1 (a free port), with the fixed clock of the sample's endpoint
/// tests, so that a browser can reach it over loopback.
/// </summary>
public sealed class KestrelSampleApp : WebApplicationFactory<Program>
{
    /// <summary>The instant the test clock shows: 2026-05-04T09:00:00Z, a Monday.</summary>
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    public KestrelSampleApp() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The server's address, for example <c>http://127.0.0.1:41237</c>, once <see cref="WebApplicationFactory{T}.StartServer"/> has run.</summary>
    public Uri Address =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
}

/// <summary>
/// One sample app and one headless Chromium (Debian's, at <see cref="ChromiumPath"/>) shared by every browser test:
/// starting Chromium or opening a page takes about a second, loading a page a few milliseconds. Without Chromium every test fails with a message
/// that says how to install it: a browser suite that skips silently would pass having checked nothing.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The flags a headless Chromium needs here: as root without a sandbox, no GPU, and no network of its own.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    public KestrelSampleApp App { get; } = new();

    /// <summary>Where the tests leave what a person may want to look at (screenshots, PDFs): the test output folder.</summary>
    public static string OutputFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-output")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}; the browser tests need Debian's chromium package: "
                + "apt-get update && apt-get install -y --no-install-recommends chromium (.ci/run does this when it is missing).");
        }

        App.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        IBrowserContext context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.Address.ToString() });
        _page = await context.NewPageAsync();
    }

    /// <summary>
    /// The session's one page, reset for a new test: screen media, a 1280 x 720 viewport, and the Accept-Language
    /// header given (else Chromium's own). A new page per test would start a renderer each time, about a second on this
    /// machine's two cores; the tests run one at a time in their collection, so they can take turns with one page.
    /// </summary>
    public async Task<IPage> PageAsync(string? acceptLanguage = null)
    {
        IPage page = _page ?? throw new InvalidOperationException("The browser has not started.");
        await page.SetExtraHTTPHeadersAsync(acceptLanguage is null ? [] : [new("Accept-Language", acceptLanguage)]);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.SetViewportSizeAsync(1280, 720);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The browser tests share one <see cref="BrowserSession"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}
