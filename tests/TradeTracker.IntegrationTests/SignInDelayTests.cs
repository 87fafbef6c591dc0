using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>The app with a sign-in throttle that records each wait it decides instead of waiting it out (and, as for
/// <see cref="AccountsFactory"/>, the per-address limit out of the way of ten wrong passwords in a row).</summary>
public sealed class SignInDelayFactory : AccountsFactory
{
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<SignInThrottle>(provider => new RecordingThrottle(
            provider.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SignInThrottle>>(),
            Waits)));
    }

    private sealed class RecordingThrottle(IDbContextFactory<AppDbContext> db, TimeProvider time, ILogger<SignInThrottle> logger, ConcurrentQueue<TimeSpan> waits)
        : SignInThrottle(db, time, logger)
    {
        protected override Task WaitAsync(TimeSpan delay, CancellationToken ct)
        {
            waits.Enqueue(delay);
            return Task.CompletedTask;
        }
    }
}

/// <summary>Wrong passwords slow the next attempt for that name and never lock anyone out: not the account, not its
/// API tokens; unknown names are answered and slowed exactly as known ones; an admin's lock still holds.
/// The tests of this class run one after another, so each reads the waits its own posts decided.</summary>
public sealed class SignInDelayTests(SignInDelayFactory factory) : IClassFixture<SignInDelayFactory>
{
    private const string Wrong = "the email or password is wrong";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan[] TenWrongWaits = [.. new[] { 0, 0, 0, 0, 0, 1, 2, 4, 8, 16 }.Where(s => s > 0).Select(s => TimeSpan.FromSeconds(s))];

    /// <summary>Posts <paramref name="count"/> wrong passwords for the name; each answer is the same "wrong" page.</summary>
    private async Task<List<string>> WrongPasswordsAsync(string email, int count)
    {
        var answers = new List<string>();
        for (var attempt = 1; attempt <= count; attempt++)
        {
            var response = await factory.CreateBrowserClient().PostSignInAsync(email, $"Wrong-guess-{attempt}!");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync(Ct));
        }

        return answers;
    }

    private List<TimeSpan> TakeWaits()
    {
        var waits = new List<TimeSpan>();
        while (factory.Waits.TryDequeue(out var wait))
        {
            waits.Add(wait);
        }

        return waits;
    }

    [Fact]
    public async Task TenWrongPasswords_AccountStillSignsInAndItsTokenWorks()
    {
        var account = await factory.CreateAccountAsync("targeted", Roles.Editor);
        var token = factory.CreateBearerClient(await factory.CreateTokenAsync(account));
        TakeWaits();

        var answers = await WrongPasswordsAsync(account.Email!, 10);
        var tokenCall = await token.GetAsync("/api/sources/1/history", Ct);
        var signIn = await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password);

        Assert.All(answers, answer => Assert.Contains(Wrong, answer));
        Assert.Equal(HttpStatusCode.OK, tokenCall.StatusCode);
        Assert.True(signIn.SignedIn());
        Assert.Equal([.. TenWrongWaits, TimeSpan.FromSeconds(32)], TakeWaits());
    }

    [Fact]
    public async Task WrongPasswords_UnknownAndKnownNames_GetTheSameAnswersAndTheSameWaits()
    {
        var known = await factory.CreateAccountAsync("known", Roles.Editor);
        var unknown = $"nobody-{Guid.NewGuid():N}@tests.local";
        TakeWaits();

        var knownAnswers = await WrongPasswordsAsync(known.Email!, 7);
        var knownWaits = TakeWaits();
        var unknownAnswers = await WrongPasswordsAsync(unknown, 7);
        var unknownWaits = TakeWaits();

        Assert.Equal(Stripped(knownAnswers, known.Email!), Stripped(unknownAnswers, unknown));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], knownWaits);
        Assert.Equal(knownWaits, unknownWaits);
    }

    [Fact]
    public async Task Delay_GrowsByDoublingUpToAMinute_AndARightPasswordStartsAgain()
    {
        var account = await factory.CreateAccountAsync("doubling", Roles.Editor);
        TakeWaits();

        await WrongPasswordsAsync(account.Email!, 12);
        var growing = TakeWaits();
        Assert.True((await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
        TakeWaits();
        await WrongPasswordsAsync(account.Email!, 5);

        Assert.Equal([.. TenWrongWaits, TimeSpan.FromSeconds(32), TimeSpan.FromMinutes(1)], growing);
        Assert.Empty(TakeWaits());
        Assert.Equal(TimeSpan.FromMinutes(1), SignInThrottle.DelayAfter(1_000));
    }

    [Fact]
    public async Task AdminLock_WrongPasswordIsAnsweredAsAnyOtherAndTheLockoutPageNeedsTheRightOne()
    {
        var account = await factory.CreateAccountAsync("admin-locked", Roles.Editor);
        var admin = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("lock-admin", Roles.Admin));
        var token = factory.CreateBearerClient(await factory.CreateTokenAsync(account));
        await factory.GetService<AccountAdminService>().LockAsync(admin, account.Id, Ct);

        var wrong = await WrongPasswordsAsync(account.Email!, 1);
        var right = await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password);

        Assert.Contains(Wrong, Assert.Single(wrong));
        Assert.False(right.SignedIn());
        Assert.Contains("Account/Lockout", right.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/sources/1/history", Ct)).StatusCode);
    }

    /// <summary>The pages without what differs per request (antiforgery token, protected component state: long
    /// base64 runs) and without the name typed (which the form shows again).</summary>
    private static List<string> Stripped(List<string> pages, string email) =>
        [.. pages.Select(p => System.Text.RegularExpressions.Regex.Replace(p.Replace(email, "EMAIL", StringComparison.Ordinal), "[A-Za-z0-9+/_=-]{40,}", ""))];
}
