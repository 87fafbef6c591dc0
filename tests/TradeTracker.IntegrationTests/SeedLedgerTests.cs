using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>Its own fixture: these tests delete seeded rows, which other classes' counts must not see.</summary>
public sealed class SeedLedgerTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedAsync_AfterEditorDeletedSeededEventAndMeasure_DoesNotBringThemBack()
    {
        int eventId, measureId;
        Guid eventVersion, measureVersion;
        await using (var db = factory.CreateDbContext())
        {
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.ReferenceId == "E067", Ct);
            var measure = await db.Measures.AsNoTracking().SingleAsync(m => m.Key == "USA-CHN-THREAT-100PCT", Ct);
            (eventId, eventVersion, measureId, measureVersion) = (ev.Id, ev.Version, measure.Id, measure.Version);
        }

        var editor = TradeTrackerFactory.User("editor");
        await factory.GetService<EventEditor>().DeleteAsync(editor, eventId, eventVersion, Ct);
        await factory.GetService<MeasureEditor>().DeleteAsync(editor, measureId, measureVersion, Ct);

        await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        await using var after = factory.CreateDbContext();
        Assert.False(await after.Events.AnyAsync(e => e.ReferenceId == "E067", Ct));
        Assert.False(await after.Measures.AnyAsync(m => m.Key == "USA-CHN-THREAT-100PCT", Ct));
    }
}
