using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;
using Serilog.Events;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;

namespace TradeTracker.IntegrationTests;

/// <summary>The app in Production as it is deployed: it answers only to its allowed host (localhost here), every request
/// comes from a proxy on loopback (a test server has no socket), it logs at Information into <see cref="Logged"/> (a sink
/// the app's Serilog picks up from its services), and its clock fails once in a request that sends
/// <see cref="FailHeader"/>: an unhandled error wherever the request goes.</summary>
public sealed class ProductionHostFactory : TradeTrackerFactory
{
    public const string FailHeader = "X-Test-Fail";

    /// <summary>The <see cref="FailHeader"/> value that fails the request as a busy SQLite store does.</summary>
    public const string BusyStore = "busy";

    public const string SecretDetail = "Simulated failure with a secret detail";

    /// <summary>A production site is reached over https (plain HTTP is redirected).</summary>
    public ProductionHostFactory() => ClientOptions.BaseAddress = new Uri("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("AllowedHosts", "localhost");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.ConfigureServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<TimeProvider>(sp => new FailingClock(sp.GetRequiredService<IHttpContextAccessor>()));
            services.AddTransient<IStartupFilter, FromLoopbackProxy>();
            services.AddSingleton<ILogEventSink>(Logged);
        });
    }

    public LogCapture Logged { get; } = new();

    /// <summary>Every event the app has logged, kept in memory.</summary>
    public sealed class LogCapture : ILogEventSink
    {
        private readonly List<LogEvent> events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (events)
                {
                    return [.. events];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (events)
            {
                events.Add(logEvent);
            }
        }

        /// <summary>The request-log events (one per request) for paths starting with <paramref name="path"/>.</summary>
        public IEnumerable<LogEvent> Requests(string path) =>
            Events.Where(e => e.Properties.TryGetValue("RequestPath", out var value) && value.ToString().Trim('"').StartsWith(path, StringComparison.Ordinal));
    }

    private sealed class FailingClock(IHttpContextAccessor requests) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() =>
            requests.HttpContext is { } http && http.Request.Headers.TryGetValue(FailHeader, out var how) && http.Items.TryAdd(FailHeader, true)
                ? throw (how == BusyStore ? new Microsoft.Data.Sqlite.SqliteException("database is locked", 5) : new InvalidOperationException(SecretDetail))
                : System.GetUtcNow();
    }

    private sealed class FromLoopbackProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Production never shows what went wrong inside, answers only to its allowed hosts, believes a proxy's
/// X-Forwarded-Host only for those (so feed links and redirects cannot name another site), and logs a caller's mistake
/// in one Information line while a server error keeps its stack.</summary>
public sealed class ProductionRunTests(ProductionHostFactory factory) : IClassFixture<ProductionHostFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    public async Task Page_UnhandledError_ShowsTheAppsErrorPageWithoutDetails(string url)
    {
        var client = factory.CreateClientAs(null);
        client.DefaultRequestHeaders.Add(ProductionHostFactory.FailHeader, "1");

        var response = await client.GetAsync(url, Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain(ProductionHostFactory.SecretDetail, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task Page_StoreBusy_Is503WithRetryAfterAndSaysToTryAgain()
    {
        var client = factory.CreateClientAs(null);
        client.DefaultRequestHeaders.Add(ProductionHostFactory.FailHeader, ProductionHostFactory.BusyStore);

        var response = await client.GetAsync("/timeline", Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StoreBusy.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Contains("The store is busy", html);
        Assert.DoesNotContain("database is locked", html);
    }

    [Fact]
    public async Task Api_UnhandledError_IsAProblemWithoutDetailsLoggedWithItsStack()
    {
        var client = factory.CreateClientAs(null);
        client.DefaultRequestHeaders.Add(ProductionHostFactory.FailHeader, "1");

        var response = await client.GetAsync("/api/rates?imposer=USA&target=CHN", Ct);

        var problem = await response.ReadJsonAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("Something went wrong on our side", problem.GetProperty("title").GetString());
        Assert.DoesNotContain(ProductionHostFactory.SecretDetail, problem.ToString());
        Assert.Contains(factory.Logged.Events, e => e.Level == LogEventLevel.Error && e.Exception?.Message == ProductionHostFactory.SecretDetail);
    }

    [Fact]
    public async Task Api_ClientError_IsLoggedAtInformationWithoutAStack()
    {
        var editor = factory.CreateClientAs("editor");
        using var notJson = new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await editor.PostAsync("/api/sources", notJson, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var logged = factory.Logged.Events.Where(e => e.RenderMessage().Contains("/api/sources")).ToList();
        Assert.Contains(logged, e => e.Level == LogEventLevel.Information && e.RenderMessage().Contains("refused with 400"));
        Assert.DoesNotContain(logged, e => e.Exception is not null || e.Level >= LogEventLevel.Warning);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/changes.atom")]
    [InlineData("/api/economies")]
    public async Task Request_HostNotAllowed_Is400(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        var response = await factory.CreateClientAs(null).SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/feeds/changes.atom")]
    [InlineData("/feeds/deadlines.ics")]
    public async Task Feed_ForwardedHostNotAllowed_LinksOnlyTheAllowedHost(string url)
    {
        var client = factory.CreateClientAs(null);
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");

        var response = await client.GetAsync(url, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", body);
    }

    [Fact]
    public async Task Redirect_ForwardedHostNotAllowed_StaysOnTheAllowedHost()
    {
        var client = factory.CreateClientAs(null);
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");

        var response = await client.GetAsync("/Account/Manage", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task HealthProbes_AreNotLoggedAtInformation()
    {
        var client = factory.CreateClientAs(null);

        foreach (var probe in new[] { "/health/live", "/health/ready", "/health/live" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(probe, Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/economies", Ct)).StatusCode);
        Assert.Contains(factory.Logged.Requests("/api/economies"), e => e.Level == LogEventLevel.Information);
        Assert.DoesNotContain(factory.Logged.Requests("/health/"), e => e.Level >= LogEventLevel.Information);
    }
}
