using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary>Two app hosts over one store, as two instances behind a proxy: A is the fixture itself, B a second host
/// built from the same settings (its own read cache, change feed and, on PostgreSQL, listener). Three sign-in attempts
/// per minute per address, so the shared limit is reached in a few posts.</summary>
public sealed class TwoInstancesFactory : TradeTrackerFactory
{
    public const int SignInLimit = 3;

    private readonly Lazy<WebApplicationFactory<Program>> second;

    public TwoInstancesFactory() => second = new(() => WithWebHostBuilder(_ => { }));

    /// <summary>Instance B: started on first use, disposed with the fixture.</summary>
    public WebApplicationFactory<Program> B => second.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>What several instances share through the store: on PostgreSQL a change committed through one reaches the
/// others' feeds and read caches (LISTEN/NOTIFY), a rolled-back one reaches nobody, and a listener that lost its
/// connection leaves nothing stale once it is back; on either store the sign-in limit counts every instance's posts.</summary>
public sealed class SeveralInstancesTests(TwoInstancesFactory a) : IClassFixture<TwoInstancesFactory>
{
    private const string RatesJune9 = "/api/rates?imposer=USA&target=CHN&asOf=2025-06-09";
    private const string EventHeader = "external_id,date,kind,title,summary,economies,source_publisher,source_url";

    /// <summary>How long a test waits for B to hear something: far above the second it takes, far below a hang.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void RequirePostgres() =>
        Assert.SkipUnless(TestStore.OnPostgres,
            $"Changes cross instances only on PostgreSQL (LISTEN/NOTIFY); set {TestStore.PostgresVariable} to a PostgreSQL server (tests/postgres.sh prints one).");

    [Fact]
    [Trait("Store", TestStore.PostgresOnly)]
    public async Task SaveThroughA_ClearsBsReadCacheAndReachesBsFeed()
    {
        RequirePostgres();
        var (measure, b, before) = await MeasureWithBsRateCachedAsync("Cross-instance surcharge");
        using var heard = new Heard(a.B);

        var step = await AddStepAsync(measure, 5m);

        var batch = await heard.NextAsync();
        var notice = Assert.Single(batch.Notices);
        Assert.Equal((AuditKinds.RateStep, step.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditAction.Created),
            (notice.Kind, notice.EntityId, notice.Action));
        Assert.Equal(before + 5m, await HeadlineAsync(b));
    }

    [Fact]
    [Trait("Store", TestStore.PostgresOnly)]
    public async Task RolledBackSaveThroughA_AnnouncesNothingToB()
    {
        RequirePostgres();
        using var heard = new Heard(a.B);
        var csv = $"{EventHeader}\n{CsvFiles.NewId("ROLLBACK")},2025-06-12,statement,Never committed,Said nothing.,USA,Example Wire,https://example.org/rolled-back";

        var preview = await a.PreviewAsync(ImportKind.Events, csv);
        Assert.Equal(1, preview.ToAdd);
        var marker = await a.CreateAllGoodsMeasureAsync("Committed after the preview");

        // Notifications arrive in commit order: the first B hears is the save after the preview, which sent nothing.
        var batch = await heard.NextAsync();
        Assert.Equal(marker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(batch.Notices).EntityId);
        Assert.True(heard.IsEmpty);
    }

    [Fact]
    [Trait("Store", TestStore.PostgresOnly)]
    public async Task ImportOfLongTitlesThroughA_TooBigForOneNotification_CommitsAndBHearsTheTotal()
    {
        RequirePostgres();
        using var heard = new Heard(a.B);
        // Twenty events with 290-character titles outside ASCII: their notices are far over PostgreSQL's 8,000-byte
        // payload, which would fail the commit if sent whole.
        var rows = Enumerable.Range(1, 20).Select(i =>
            $"{CsvFiles.NewId("LONG")},2025-06-13,statement,{new string('é', 280)} №{i:00},Said something.,USA,Example Wire,https://example.org/long-{Guid.NewGuid():N}");

        var commit = await a.CommitAsync(ImportKind.Events, string.Join("\n", [EventHeader, .. rows]));

        Assert.True(commit.Committed);

        // The commit writes in batches (decision 0010), each its own transaction and notification, as many as the
        // machine's speed makes them: however the 40 changes fell into batches, B hears every one counted, each
        // notification's notices trimmed under the payload limit.
        var total = 0;
        while (total < 40)
        {
            var batch = await heard.NextAsync();
            Assert.InRange(batch.Notices.Count, 1, ChangeBatch.MaxNotices - 1);
            total += batch.Total;
        }

        Assert.Equal(40, total);
    }

    [Fact]
    [Trait("Store", TestStore.PostgresOnly)]
    public async Task BsListenerConnectionKilled_SaveWhileItIsDown_BShowsTheChangeOnceItListensAgain()
    {
        RequirePostgres();
        var (measure, b, before) = await MeasureWithBsRateCachedAsync("Surcharge saved while B was deaf");
        using var heard = new Heard(a.B);

        var listener = a.B.Services.GetServices<IHostedService>().OfType<ChangeFeedListener>().Single();
        await using (var db = a.CreateDbContext())
        {
            var killed = await db.Database.SqlQuery<bool>(
                $"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE application_name = left({listener.ApplicationName}, 63)").ToListAsync(Ct);
            Assert.Equal([true], killed);
        }

        await AddStepAsync(measure, 7m);

        // Whether or not B heard the save itself, it announces that it listens again, and nothing it serves is stale.
        while (!(await heard.NextAsync()).Equals(ChangeBatch.Missed))
        {
        }

        Assert.Equal(before + 7m, await HeadlineAsync(b));
    }

    [Fact]
    public async Task SignIn_AttemptsThroughAAndB_CountTogetherAgainstOneLimit()
    {
        var account = await a.CreateAccountAsync("shared-limit", Roles.Editor);
        var throughA = a.CreateBrowserClient();
        var throughB = a.B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var attempt = 1; attempt <= TwoInstancesFactory.SignInLimit; attempt++)
        {
            var wrong = await (attempt % 2 == 1 ? throughA : throughB).PostSignInAsync(account.Email!, $"Wrong-guess-{attempt}!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var overLimit = await throughB.PostSignInAsync(account.Email!, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, overLimit.StatusCode);
        Assert.Equal(SignInRateLimit.Message, await overLimit.Content.ReadAsStringAsync(Ct));
        Assert.InRange(overLimit.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    /// <summary>A new USA-CHN measure added through A, and B's headline rate read twice, so B's read cache holds it.</summary>
    /// <summary>A new measure through A, once B has heard of it (so its notice cannot arrive during the test that
    /// follows), and B's rate read twice, so the second came from B's cache.</summary>
    private async Task<(int MeasureId, HttpClient B, decimal Headline)> MeasureWithBsRateCachedAsync(string name)
    {
        TariffMeasure measure;
        using (var heard = new Heard(a.B))
        {
            measure = await a.CreateAllGoodsMeasureAsync(name);
            var id = measure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (!(await heard.NextAsync()).Notices.Any(n => n.Kind == AuditKinds.Measure && n.EntityId == id))
            {
            }
        }

        var b = a.B.CreateClient();
        var headline = await HeadlineAsync(b);
        Assert.Equal(headline, await HeadlineAsync(b));
        return (measure.Id, b, headline);
    }

    private async Task<RateStep> AddStepAsync(int measureId, decimal percent) =>
        await a.GetService<RateStepEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new RateStepInput
        {
            MeasureId = measureId,
            RatePercent = percent,
            FromDate = new DateOnly(2025, 6, 1),
            AnnouncedOn = new DateOnly(2025, 5, 30),
            SourceIds = [await a.AnySourceIdAsync()],
        }, Ct);

    private static async Task<decimal> HeadlineAsync(HttpClient client) =>
        (await (await client.GetAsync(RatesJune9, Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("headlinePercent").GetDecimal();

    /// <summary>The batches one instance's feed publishes from now on.</summary>
    private sealed class Heard : IDisposable
    {
        private readonly ChangeFeed feed;
        private readonly ConcurrentQueue<ChangeBatch> batches = new();
        private readonly SemaphoreSlim arrived = new(0);

        public Heard(WebApplicationFactory<Program> instance)
        {
            feed = instance.Services.GetRequiredService<ChangeFeed>();
            feed.Committed += OnCommitted;
        }

        public bool IsEmpty => batches.IsEmpty;

        public async Task<ChangeBatch> NextAsync()
        {
            Assert.True(await arrived.WaitAsync(Patience, Ct), $"The instance heard nothing within {Patience.TotalSeconds:0} s.");
            Assert.True(batches.TryDequeue(out var batch));
            return batch;
        }

        private void OnCommitted(ChangeBatch batch)
        {
            batches.Enqueue(batch);
            arrived.Release();
        }

        public void Dispose()
        {
            feed.Committed -= OnCommitted;
            arrived.Dispose();
        }
    }
}
