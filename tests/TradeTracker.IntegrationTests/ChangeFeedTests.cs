using System.Collections.Concurrent;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>What open pages hear about: every committed change once, in one batch per transaction; nothing from a
/// save that failed or a preview that rolled back.</summary>
public sealed class ChangeFeedTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>, IDisposable
{
    private const string EventHeader = "external_id,date,kind,title,summary,economies,source_publisher,source_url";

    private readonly ConcurrentQueue<ChangeBatch> heard = Listen(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ConcurrentQueue<ChangeBatch> Listen(TradeTrackerFactory factory)
    {
        var queue = new ConcurrentQueue<ChangeBatch>();
        factory.GetService<ChangeFeed>().Committed += queue.Enqueue;
        return queue;
    }

    public void Dispose() => factory.GetService<ChangeFeed>().Committed -= heard.Enqueue;

    private async Task<EventInput> NewEventAsync(string title) => new()
    {
        StartsOn = new DateOnly(2025, 6, 10),
        Kind = EventKind.NegotiationRound,
        Title = title,
        Summary = "Second day of talks.",
        EconomyCodes = ["USA", "CHN"],
        SourceIds = [await factory.AnySourceIdAsync()],
    };

    [Fact]
    public async Task CreateAsync_EditorSavesAnEvent_AnnouncesItOnceWithItsTitle()
    {
        var created = await factory.GetService<EventEditor>().CreateAsync(TradeTrackerFactory.User("editor"), await NewEventAsync("London talks, day two"), Ct);

        var batch = Assert.Single(heard);
        Assert.Equal(1, batch.Total);
        var notice = Assert.Single(batch.Notices);
        Assert.Equal((AuditKinds.Event, created.Id.ToString(), AuditAction.Created), (notice.Kind, notice.EntityId, notice.Action));
        Assert.Equal("Event added: “London talks, day two”", batch.Describe());
    }

    [Fact]
    public async Task CreateAsync_RefusedByValidation_AnnouncesNothing()
    {
        var input = await NewEventAsync("");

        await Assert.ThrowsAsync<ValidationFailedException>(() => factory.GetService<EventEditor>().CreateAsync(TradeTrackerFactory.User("editor"), input, Ct));

        Assert.Empty(heard);
    }

    [Fact]
    public async Task Import_PreviewAnnouncesNothing_CommitAnnouncesAllRowsInOneBatch()
    {
        var rows = Enumerable.Range(1, 3).Select(i =>
            $"{CsvFiles.NewId("LIVE")},2025-06-1{i},statement,Statement {i},Said something.,USA,Example Wire,https://example.org/live-{i}");
        var csv = string.Join("\n", [EventHeader, .. rows]);

        var preview = await factory.PreviewAsync(ImportKind.Events, csv);
        Assert.Equal(3, preview.ToAdd);
        Assert.Empty(heard);

        var commit = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.True(commit.Committed);
        var batch = Assert.Single(heard);
        // Three events and the three new sources they cite.
        Assert.Equal(6, batch.Total);
        Assert.Equal(3, batch.Notices.Count(n => n.Kind == AuditKinds.Event && n.Action == AuditAction.Created));
    }
}
