using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>Reads are answered from the read cache until a change commits; then the next read sees the change, on every
/// path (API, prerendered page).</summary>
public sealed class ReadCacheTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string RatesJune9 = "/api/rates?imposer=USA&target=CHN&asOf=2025-06-09";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient client = factory.CreateClientAs(null);

    private async Task<decimal> HeadlineAsync() =>
        (await (await client.GetAsync(RatesJune9, Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("headlinePercent").GetDecimal();

    [Fact]
    public async Task RatesApi_AfterAnEditorAddsAStep_AnswersTheNewRateNotTheCachedOne()
    {
        Assert.Equal(30m, await HeadlineAsync());
        Assert.Equal(30m, await HeadlineAsync());

        var measure = await factory.CreateAllGoodsMeasureAsync("Cache test surcharge");
        Assert.Equal(30m, await HeadlineAsync());
        await factory.GetService<RateStepEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new RateStepInput
        {
            MeasureId = measure.Id,
            RatePercent = 5m,
            FromDate = new DateOnly(2025, 6, 1),
            AnnouncedOn = new DateOnly(2025, 5, 30),
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

        Assert.Equal(35m, await HeadlineAsync());
    }

    [Fact]
    public async Task TimelineAndDashboard_AfterAnEditorAddsAnEvent_ShowIt()
    {
        var title = $"Cache test statement {Guid.NewGuid():N}";
        var before = await client.GetPageAsync("/timeline?from=2025-06-09&to=2025-06-09");
        Assert.DoesNotContain(title, before);
        Assert.DoesNotContain(title, await client.GetPageAsync("/?asOf=2025-06-09"));

        await factory.GetService<EventEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new EventInput
        {
            StartsOn = new DateOnly(2025, 6, 9),
            Kind = EventKind.Statement,
            Title = title,
            Summary = "Said something.",
            EconomyCodes = ["USA", "CHN"],
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

        Assert.Contains(title, await client.GetPageAsync("/timeline?from=2025-06-09&to=2025-06-09"));
        Assert.Contains(title, await client.GetPageAsync("/?asOf=2025-06-09"));
    }

    [Fact]
    public async Task EventsApi_CachedPageAfterAChange_CountsTheNewRow()
    {
        // The second read of a page is the cached one, until a change commits.
        async Task<int> TotalAsync(int page) =>
            (await (await client.GetAsync($"/api/events?economy=CHN&pageSize=50&page={page}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        var before = await TotalAsync(2);
        Assert.Equal(before, await TotalAsync(2));

        await factory.GetService<EventEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new EventInput
        {
            StartsOn = new DateOnly(2025, 6, 2),
            Kind = EventKind.Statement,
            Title = "Cache test: count",
            Summary = "Said something.",
            EconomyCodes = ["CHN"],
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

        Assert.Equal(before + 1, await TotalAsync(2));
    }
}
