using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(TradeTracker.E2ETests.AppServer))]

// One browser flow at a time: on a 2-core machine parallel flows starve each other's circuits and time out.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace TradeTracker.E2ETests;

/// <summary>The real app on Kestrel (127.0.0.1, a free port) over a fresh SQLite file, and one headless Debian Chromium.
/// The app's clock starts at noon EDT on June 9, 2025, the first day of the London talks, and runs in real time,
/// so the July 8 deadline is still ahead and its countdown ticks.</summary>
public sealed class AppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset ClockStart = new(2025, 6, 9, 12, 0, 0, TimeSpan.FromHours(-4));

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"tradetracker-e2e-{Guid.NewGuid():N}.db");
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:ConnectionString", $"Data Source={databasePath}");
        builder.UseSetting("Accounts:SeedDemoAccounts", "true");

        // Every browser here signs in from 127.0.0.1: the per-address sign-in limit would count the whole suite.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "1000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(ClockStart)));
    }

    public async ValueTask InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh browser context (cookies and storage of its own) with a page on the app.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(BaseUrl);

    /// <summary>A fresh browser context with a page on the app at <paramref name="baseUrl"/> (one a test started itself).</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "en-US" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Real time, moved to start at a chosen instant; timers are the system's.</summary>
    private sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan offset = start - System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
