using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Five API requests a minute per caller, requests from the address in <see cref="TestRemoteAddress"/>, and
/// the app's log (everything it logs through ILogger, at Information or above) kept in <see cref="Events"/> by a test
/// logger provider instead of Serilog (whose static logger several test hosts in one process would share).</summary>
public sealed class ApiRateLimitFactory : TradeTrackerFactory
{
    public const int Limit = 5;

    public ConcurrentQueue<LoggedEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RequestsPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(TestRemoteAddress.Add);
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerFactory>(
            _ => LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new Provider(Events)))));
    }

    public sealed record LoggedEvent(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Properties);

    private sealed class Provider(ConcurrentQueue<LoggedEvent> events) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, events);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(string category, ConcurrentQueue<LoggedEvent> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            events.Enqueue(new LoggedEvent(logLevel, category, formatter(state, exception),
                (state as IEnumerable<KeyValuePair<string, object?>>)?.ToDictionary(p => p.Key, p => p.Value) ?? []));
    }
}

/// <summary>The API, the feeds and the downloads are limited per API token, else per client address: over the limit a
/// caller gets 429 with Retry-After and a problem body, while other tokens and addresses go on; a flood of made-up
/// tokens counts against its address and writes one log line, not one per request.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitFactory factory) : IClassFixture<ApiRateLimitFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_OneTokenOverTheLimit_Is429WithRetryAfterWhileAnotherTokenGoesOn()
    {
        var busy = ClientAt("192.0.2.1", await factory.CreateTokenAsync(await factory.CreateAccountAsync("busy", Roles.Editor)));
        var other = ClientAt("192.0.2.1", await factory.CreateTokenAsync(await factory.CreateAccountAsync("other", Roles.Editor)));
        for (var request = 0; request < ApiRateLimitFactory.Limit; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/events?pageSize=1", Ct)).StatusCode);
        }

        using var refused = await busy.GetAsync("/api/events.csv", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("requests in a minute", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/events?pageSize=1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientAt("192.0.2.1").GetAsync("/api/events?pageSize=1", Ct)).StatusCode);
    }

    [Fact]
    public async Task Api_FloodOfMadeUpTokens_IsLimitedByAddressFeedsIncludedAndLoggedOnce()
    {
        const string flooder = "198.51.100.7";
        var answers = new List<HttpStatusCode>();
        for (var request = 0; request < 40; request++)
        {
            var client = ClientAt(flooder, $"tt_madeup_{Guid.NewGuid():N}");
            answers.Add((await client.GetAsync(request % 2 == 0 ? "/api/events?pageSize=1" : "/api/deadlines.csv", Ct)).StatusCode);
        }

        Assert.Equal(ApiRateLimitFactory.Limit, answers.Count(a => a != HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ClientAt(flooder).GetAsync("/feeds/changes.atom", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientAt("198.51.100.8").GetAsync("/feeds/changes.atom", Ct)).StatusCode);
        var refusals = factory.Events.Where(e => e.Message.StartsWith("Refused API token", StringComparison.Ordinal)
            && e.Properties.TryGetValue("RemoteAddress", out var address) && Equals(address?.ToString(), flooder)).ToList();
        var line = Assert.Single(refusals);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.DoesNotContain(factory.Events, e => e.Level >= LogLevel.Warning && e.Message.Contains("API token", StringComparison.Ordinal));
    }

    private HttpClient ClientAt(string address, string? token = null)
    {
        var client = factory.CreateClientAs(null);
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, address);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
