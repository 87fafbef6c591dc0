using System.Net;
using Microsoft.AspNetCore.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The app with <c>TradeTracker:RequireSignInToRead</c> on.</summary>
public sealed class SignInRequiredFactory : TradeTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TradeTracker:RequireSignInToRead", "true");
    }
}

public sealed class SignInToReadTests(SignInRequiredFactory factory) : IClassFixture<SignInRequiredFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/tariffs")]
    [InlineData("/deadlines")]
    public async Task GetPage_AnonymousWhenSignInRequired_RedirectsToSignIn(string path)
    {
        var response = await factory.CreateClientAs(null).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task GetRates_AnonymousWhenSignInRequired_Is401()
    {
        var response = await factory.CreateClientAs(null).GetAsync("/api/rates?imposer=USA&target=CHN", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetRates_SignedInReaderWhenSignInRequired_Is200()
    {
        var response = await factory.CreateClientAs("reader").GetAsync("/api/rates?imposer=USA&target=CHN&asOf=2025-06-09", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
