using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>The feeds carry whatever the store holds: a store written before the text rule may hold control characters
/// and bidirectional overrides, which become U+FFFD instead of failing the Atom feed or corrupting the calendar; and
/// the calendar escapes and folds its text as RFC 5545 says.</summary>
public sealed class FeedsStoredTextTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The issue's NUL where the store can hold it; PostgreSQL text cannot, so there another C0 control.</summary>
    private string Control => factory.Store.Provider == StoreProvider.Sqlite ? "\u0000" : "\u0001";

    [Fact]
    public async Task ChangesAtom_EventTitleWithControlCharactersInTheStore_Is200ValidXmlWithReplacementCharacters()
    {
        await using (var db = factory.CreateDbContext())
        {
            // Saved past the editors, as an old store would have it: the audit log, which the feed reads, records it too.
            db.Actor = "editor@tests.local";
            var ev = await db.Events.OrderBy(e => e.Id).FirstAsync(Ct);
            ev.Title = $"Ctl{Control}char, a form feed\u000C and an \u202Eoverride";
            await db.SaveChangesAsync(Ct);
        }

        var response = await client.GetAsync("/feeds/changes.atom", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(Ct));
        var newest = SyndicationFeed.Load(reader).Items.First();
        Assert.Equal("Event changed: “Ctl\uFFFDchar, a form feed\uFFFD and an \uFFFDoverride”", newest.Title.Text);
    }

    [Fact]
    public async Task DeadlinesIcs_DeadlineWithControlCharactersInTheStore_Is200WithoutControlCharacters()
    {
        int id;
        await using (var db = factory.CreateDbContext())
        {
            db.Actor = "editor@tests.local";
            var deadline = await db.Deadlines.OrderBy(d => d.Id).FirstAsync(Ct);
            deadline.Title = $"Due{Control}date \u202Eetad";
            deadline.WhatHappens = "What\u0007happens";
            await db.SaveChangesAsync(Ct);
            id = deadline.Id;
        }

        var response = await client.GetAsync("/feeds/deadlines.ics", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(text, c => c < ' ' && c is not ('\r' or '\n' or '\t'));
        var calendarEvent = Calendar.Load(text)!.Events.Single(e => e.Uid == $"deadline-{id}@tradetracker");
        Assert.Equal("Due\uFFFDdate \uFFFDetad", calendarEvent.Summary);
        Assert.Contains("What\uFFFDhappens", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinesIcs_TextWithSeparatorsAndLongLines_IsEscapedAndFoldedAt75Octets()
    {
        var title = @"Talks, round 2; the \ backslash";
        var whatHappens = string.Concat(Enumerable.Repeat("Zölle auf Stahl — 关税 rise; ", 12)) + "\nSecond line.";
        var deadline = await factory.GetService<DeadlineEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new DeadlineInput
        {
            Title = title,
            DueDate = new DateOnly(2031, 5, 1),
            WhatHappens = whatHappens,
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

        var text = await client.GetStringAsync("/feeds/deadlines.ics", Ct);

        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(@"SUMMARY:Talks\, round 2\; the \\ backslash", unfolded, StringComparison.Ordinal);
        var calendarEvent = Calendar.Load(text)!.Events.Single(e => e.Uid == $"deadline-{deadline.Id}@tradetracker");
        Assert.Equal(title, calendarEvent.Summary);
        Assert.Contains(whatHappens, calendarEvent.Description, StringComparison.Ordinal);
    }
}
