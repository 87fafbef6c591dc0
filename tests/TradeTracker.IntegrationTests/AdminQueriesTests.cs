using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>The admin lists' filter box: text anywhere in the listed columns, whatever its case, on either store
/// (PostgreSQL's LIKE tells case apart; SQLite's does not for ASCII).</summary>
public sealed class AdminQueriesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminQueries Queries => factory.GetService<AdminQueries>();

    private static System.Security.Claims.ClaimsPrincipal Editor => TradeTrackerFactory.User("editor");

    private static string UniqueWord() => "zq" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(10).ToArray()) + "x";

    private async Task<TradeEvent> CreateEventAsync(string title) =>
        await factory.GetService<EventEditor>().CreateAsync(Editor, new EventInput
        {
            StartsOn = new DateOnly(2025, 6, 1),
            Kind = EventKind.Statement,
            Title = title,
            Summary = "Officials spoke.",
            EconomyCodes = ["USA"],
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

    [Fact]
    public async Task ListEvents_FilterInAnotherCase_FindsTheEvent()
    {
        var word = UniqueWord();
        var created = await CreateEventAsync($"Ministry on {word.ToUpperInvariant()} talks");

        var rows = await Queries.ListEventsAsync($"on {word} TALKS", ct: Ct);

        Assert.Equal(created.Id, Assert.Single(rows).Id);
    }

    [Fact]
    public async Task ListSourcesMeasuresAndDeadlines_FilterInAnotherCase_FindTheRows()
    {
        var word = UniqueWord();
        var source = await factory.GetService<SourceEditor>().CreateAsync(
            Editor, new SourceInput { Publisher = "Wire", Title = $"Report {word}", Url = $"https://example.org/{word}" }, Ct);
        await using var db = factory.CreateDbContext();
        var deadline = await db.Deadlines.OrderBy(d => d.Id).FirstAsync(Ct);

        var sources = await Queries.ListSourcesAsync($"REPORT {word.ToUpperInvariant()}", Ct);
        var measures = await Queries.ListMeasuresAsync("ieepa FENTANYL", Ct);
        var deadlines = await Queries.ListDeadlinesAsync(deadline.Title.ToUpperInvariant(), Ct);

        Assert.Equal(source.Id, Assert.Single(sources).Id);
        Assert.Contains(measures, m => m.Name == "IEEPA fentanyl tariff");
        Assert.Contains(deadlines, d => d.Id == deadline.Id);
    }

    [Fact]
    public async Task ListEvents_PercentAndUnderscoreInTheFilter_AreTakenLiterally()
    {
        var word = UniqueWord();
        var created = await CreateEventAsync($"{word} 100% of_goods");

        Assert.Equal(created.Id, Assert.Single(await Queries.ListEventsAsync($"{word} 100% OF_GOODS", ct: Ct)).Id);
        Assert.Empty(await Queries.ListEventsAsync($"{word}%goods", ct: Ct));
        Assert.Empty(await Queries.ListEventsAsync($"{word} 100_", ct: Ct));
    }
}
