using System.Net;
using Microsoft.AspNetCore.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Requests arrive from a proxy on loopback (<see cref="TestRemoteAddress"/>), and the sign-in limit is two posts.</summary>
public sealed class BehindProxyFactory : TradeTrackerFactory
{
    public const string RemoteHeader = TestRemoteAddress.Header;
    public const int SignInLimit = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(TestRemoteAddress.Add);
    }
}

/// <summary>Behind nginx the app sees the browser's address and scheme only in X-Forwarded-For and -Proto: it believes
/// them from a known proxy (loopback), so each client has its own sign-in limit and a browser on HTTPS gets a secure
/// sign-in cookie, and ignores them from anyone else.</summary>
public sealed class ForwardedHeadersTests(BehindProxyFactory factory) : IClassFixture<BehindProxyFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInLimit_ClientsBehindTheProxy_AreCountedApart()
    {
        var account = await factory.CreateAccountAsync("proxied", Roles.Editor);
        var first = ClientAt(forwardedFor: "203.0.113.10");
        var second = ClientAt(forwardedFor: "203.0.113.20");
        for (var attempt = 0; attempt < BehindProxyFactory.SignInLimit; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.PostSignInAsync(account.Email!, "Wrong-guess-1!")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostSignInAsync(account.Email!, TestAccounts.Password)).StatusCode);
        Assert.True((await second.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
    }

    [Fact]
    public async Task SignInLimit_ForwardedForFromAnUnknownAddress_IsIgnored()
    {
        var account = await factory.CreateAccountAsync("spoofer", Roles.Editor);
        for (var attempt = 0; attempt < BehindProxyFactory.SignInLimit; attempt++)
        {
            // A client that is not a proxy names a new address every time: the limit still counts it as itself.
            var spoofing = ClientAt(forwardedFor: $"198.51.100.{attempt + 1}", remote: "192.0.2.55");
            Assert.Equal(HttpStatusCode.OK, (await spoofing.PostSignInAsync(account.Email!, "Wrong-guess-1!")).StatusCode);
        }

        var again = ClientAt(forwardedFor: "198.51.100.99", remote: "192.0.2.55");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await again.PostSignInAsync(account.Email!, TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task SignIn_ForwardedProtoHttps_MarksTheSignInCookieSecure()
    {
        var account = await factory.CreateAccountAsync("https", Roles.Editor);

        var overHttps = await SignInCookieAsync(ClientAt(forwardedFor: "203.0.113.30", proto: "https"), account.Email!);
        var overHttp = await SignInCookieAsync(ClientAt(forwardedFor: "203.0.113.31"), account.Email!);

        Assert.Contains("; secure", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", overHttp, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> SignInCookieAsync(HttpClient browser, string email)
    {
        using var response = await browser.PostSignInAsync(email, TestAccounts.Password);
        Assert.True(response.SignedIn());
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    private HttpClient ClientAt(string forwardedFor, string remote = "127.0.0.1", string proto = "http")
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(BehindProxyFactory.RemoteHeader, remote);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", proto);
        return client;
    }
}
