using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>The admin lists' filter box: text anywhere in the listed columns, whatever its case, on either store
/// (PostgreSQL's LIKE tells case apart; SQLite's does not for ASCII).</summary>
public sealed class AdminQueriesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminQueries Queries => factory.GetService<AdminQueries>();

    private async Task<int> CreateSourceAsync(string title) =>
        (await factory.GetService<SourceEditor>().CreateAsync(TradeTrackerFactory.User("editor"),
            new SourceInput { Publisher = "Wire", Title = title, Url = $"https://example.org/{Guid.NewGuid():N}" }, Ct)).Id;

    [Fact]
    public async Task Lists_FilterInAnotherCase_FindTheRows()
    {
        var word = $"zq{Guid.NewGuid():N}"[..14];
        var sourceId = await CreateSourceAsync($"Report {word}");
        await using var db = factory.CreateDbContext();
        var deadline = await db.Deadlines.OrderBy(d => d.Id).FirstAsync(Ct);

        var sources = await Queries.ListSourcesAsync($"REPORT {word.ToUpperInvariant()}", Ct);
        var events = await Queries.ListEventsAsync("GENEVA talks", ct: Ct);
        var measures = await Queries.ListMeasuresAsync("ieepa FENTANYL", Ct);
        var deadlines = await Queries.ListDeadlinesAsync(deadline.Title.ToUpperInvariant(), Ct);

        Assert.Equal(sourceId, Assert.Single(sources).Id);
        Assert.Contains(events, e => e.Title == "Geneva talks");
        Assert.Contains(measures, m => m.Name == "IEEPA fentanyl tariff");
        Assert.Contains(deadlines, d => d.Id == deadline.Id);
    }

    [Fact]
    public async Task ListSources_PercentAndUnderscoreInTheFilter_AreTakenLiterally()
    {
        var word = $"zq{Guid.NewGuid():N}"[..14];
        var sourceId = await CreateSourceAsync($"{word} 100% of_goods");

        Assert.Equal(sourceId, Assert.Single(await Queries.ListSourcesAsync($"{word} 100% OF_GOODS", Ct)).Id);
        Assert.Empty(await Queries.ListSourcesAsync($"{word}%goods", Ct));
        Assert.Empty(await Queries.ListSourcesAsync($"{word} 100_", Ct));
    }
}
