using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Production on plain HTTP for a test cluster: allowed on loopback addresses only.</summary>
public sealed class PlainHttpFactory(string urls) : TradeTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("urls", urls);
        builder.UseSetting("Transport:AllowPlainHttpOnLoopback", "true");
        builder.UseSetting("AllowedHosts", "127.0.0.1;localhost");
    }
}

/// <summary>Outside Development the site is HTTPS only: plain HTTP is redirected (and sets no cookie), HTTPS answers
/// carry HSTS for a year with subdomains, and every cookie is Secure.</summary>
public sealed class TransportTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/api/events?pageSize=1")]
    [InlineData("/feeds/changes.atom")]
    public async Task PlainHttp_AnyRequest_IsRedirectedToHttpsAndSetsNoCookie(string path)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://tradetracker.example") });

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri($"https://tradetracker.example{path}"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Https_Answer_CarriesHstsForAYearWithSubdomains()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://tradetracker.example") });

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task SignIn_OverHttps_EveryCookieIsSecure()
    {
        var account = await factory.CreateAccountAsync("secure", Roles.Editor);
        var browser = factory.CreateBrowserClient();
        var form = await browser.GetAsync("/Account/Login", Ct);

        using var signIn = await browser.PostSignInAsync(account.Email!, TestAccounts.Password);

        Assert.True(signIn.SignedIn());
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void PlainHttpOnLoopback_ConfiguredForAllInterfaces_RefusesToStart()
    {
        using var factory = new PlainHttpFactory("http://0.0.0.0:5251");

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Transport:AllowPlainHttpOnLoopback", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttpOnLoopback_LoopbackOnly_ServesPlainHttp()
    {
        using var factory = new PlainHttpFactory("http://127.0.0.1:5251;http://localhost:5252");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/Account/Login", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
