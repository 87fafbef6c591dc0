using System.Net;
using Microsoft.AspNetCore.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Setup;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Three sign-in attempts per minute per address, so the test reaches the limit in a few posts.</summary>
public sealed class SignInRateLimitFactory : TradeTrackerFactory
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SignInRateLimitTests(SignInRateLimitFactory factory) : IClassFixture<SignInRateLimitFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_Is429WithAReadableMessageEvenForTheRightPassword()
    {
        var account = await factory.CreateAccountAsync("guessed", Roles.Editor);
        var browser = factory.CreateBrowserClient();
        for (var attempt = 1; attempt <= SignInRateLimitFactory.Limit; attempt++)
        {
            var wrong = await browser.PostSignInAsync(account.Email!, $"Wrong-guess-{attempt}!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("the email or password is wrong", await wrong.Content.ReadAsStringAsync(Ct));
        }

        var overLimit = await browser.PostSignInAsync(account.Email!, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, overLimit.StatusCode);
        Assert.Equal(SignInRateLimit.Message, await overLimit.Content.ReadAsStringAsync(Ct));
        Assert.NotNull(overLimit.Headers.RetryAfter);
        Assert.False(overLimit.SignedIn());

        // Showing the form is not limited: the page still says what to do.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Login", Ct)).StatusCode);
    }
}
