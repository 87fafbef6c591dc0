using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>The dashboard's "Upcoming rate changes" (<see cref="RateChangeService.GetUpcomingAsync"/>) on the store the
/// suite runs on: steps still to come that count, soonest first; never a step that was only announced, nor a step of an
/// archived measure. The steps are decades ahead, after every seeded one; each test names its own measures and looks
/// only at them, so the tests hold in any order.</summary>
public sealed class UpcomingRateChangesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static readonly DateTimeOffset Viewed = new(2094, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static System.Security.Claims.ClaimsPrincipal Editor => TradeTrackerFactory.User("editor");

    [Fact]
    public async Task GetUpcoming_FutureStepNeverAppliedStepAndArchivedMeasure_ListsOnlyTheFutureStepWithTheRateItReplaces()
    {
        var source = await factory.AnySourceIdAsync();
        var live = await factory.CreateAllGoodsMeasureAsync("Upcoming test duty");
        await AddStepAsync(live.Id, 10m, new DateOnly(2094, 1, 1), new DateOnly(2095, 3, 1), source);
        await AddStepAsync(live.Id, 25m, new DateOnly(2095, 3, 1), null, source, announcedOn: new DateOnly(2095, 1, 15));
        await factory.GetService<RateStepEditor>().CreateAsync(Editor, new RateStepInput
        {
            MeasureId = live.Id, RatePercent = 40m, NeverApplied = true, AnnouncedOn = new DateOnly(2094, 5, 1), Notes = "Announced, then dropped.", SourceIds = [source],
        }, Ct);
        var archived = await factory.CreateAllGoodsMeasureAsync("Upcoming test duty withdrawn");
        await AddStepAsync(archived.Id, 60m, new DateOnly(2095, 2, 1), null, source);
        await factory.GetService<MeasureEditor>().DeleteAsync(Editor, archived.Id, archived.Version, Ct);

        var upcoming = await factory.GetService<RateChangeService>().GetUpcomingAsync(Viewed, 5, Ct);

        // Other tests of this class add their own later steps to the same store, in whatever order xunit runs them.
        var change = Assert.Single(upcoming, c => c.MeasureName.StartsWith("Upcoming test duty", StringComparison.Ordinal));
        Assert.Equal("Upcoming test duty", change.MeasureName);
        Assert.Equal(ZonedTime.StartOfDay(new DateOnly(2095, 3, 1), "America/New_York"), change.At);
        Assert.Equal(("United States", "China"), (change.Imposer.Name, change.Target?.Name));
        Assert.Equal("rises from 10% to 25%", change.Describe());
    }

    [Fact]
    public async Task GetUpcoming_AsKnownThenBeforeTheStepWasAnnounced_LeavesItOut()
    {
        var source = await factory.AnySourceIdAsync();
        var measure = await factory.CreateAllGoodsMeasureAsync("Upcoming test levy");
        await AddStepAsync(measure.Id, 5m, new DateOnly(2096, 7, 1), null, source, announcedOn: new DateOnly(2096, 1, 10));
        var before = new DateTimeOffset(2096, 1, 5, 12, 0, 0, TimeSpan.Zero);
        var service = factory.GetService<RateChangeService>();

        var legal = await service.GetUpcomingAsync(before, 5, Ct);
        var knownThen = await service.GetUpcomingAsync(new AsOf(before, AsOfMode.KnownThen), 5, Ct);
        var knownAfter = await service.GetUpcomingAsync(new AsOf(before.AddDays(10), AsOfMode.KnownThen), 5, Ct);

        Assert.Contains(legal, c => c.MeasureName == "Upcoming test levy");
        Assert.DoesNotContain(knownThen, c => c.MeasureName == "Upcoming test levy");
        Assert.Equal("starts at 5%", Assert.Single(knownAfter, c => c.MeasureName == "Upcoming test levy").Describe());
    }

    private Task<RateStep> AddStepAsync(int measureId, decimal percent, DateOnly from, DateOnly? until, int source, DateOnly? announcedOn = null) =>
        factory.GetService<RateStepEditor>().CreateAsync(Editor, new RateStepInput
        {
            MeasureId = measureId, RatePercent = percent, FromDate = from, UntilDate = until, AnnouncedOn = announcedOn, SourceIds = [source],
        }, Ct);
}
