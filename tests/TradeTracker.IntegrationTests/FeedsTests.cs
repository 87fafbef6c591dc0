using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>/feeds/deadlines.ics and /feeds/changes.atom, read back by Ical.Net and System.ServiceModel.Syndication.</summary>
public sealed class FeedsTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Calendar> GetCalendarAsync()
    {
        var response = await client.GetAsync("/feeds/deadlines.ics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
    }

    private static CalendarEvent EventOf(Calendar calendar, int deadlineId) => calendar.Events.Single(e => e.Uid == $"deadline-{deadlineId}@tradetracker");

    private async Task<Deadline> CreateDeadlineAsync(TimeOnly? dueTime)
    {
        var sourceId = await factory.AnySourceIdAsync();
        return await factory.GetService<DeadlineEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new DeadlineInput
        {
            Title = $"Test deadline {Guid.NewGuid():N}",
            DueDate = new DateOnly(2031, 3, 1),
            DueTime = dueTime,
            TimeZoneId = "America/New_York",
            WhatHappens = "A test tariff takes effect.",
            SourceIds = [sourceId],
        }, Ct);
    }

    [Fact]
    public async Task DeadlinesIcs_July8Deadline_IsAtItsCurrentDueInstantOnTheNewYorkClock()
    {
        await using var db = factory.CreateDbContext();
        var july8 = await db.Deadlines.SingleAsync(d => d.ReferenceId == "D029", Ct);

        var calendar = await GetCalendarAsync();

        var due = EventOf(calendar, july8.Id);
        Assert.Equal("July 8 deadline: 90-day pause on reciprocal tariffs ends", due.Summary);
        Assert.Equal("America/New_York", due.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 8, 7, 0, 1, 0), due.DtStart.Value);
        Assert.Equal(new DateTime(2025, 8, 7, 4, 1, 0, DateTimeKind.Utc), due.DtStart.AsUtc);
        Assert.Contains("First due 12:01 a.m. EDT, July 9, 2025.", due.Description);
        Assert.Contains("Extended on July 31, 2025 to 12:01 a.m. EDT, August 7, 2025", due.Description);
        Assert.Contains("https://", due.Description);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "America/New_York");
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Asia/Shanghai");
        Assert.Equal("TradeTracker deadlines", calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal(await db.Deadlines.CountAsync(Ct), calendar.Events.Count);
    }

    [Fact]
    public async Task DeadlinesIcs_ExtendedThroughTheEditor_EventMovesAndSequenceRises()
    {
        var deadline = await CreateDeadlineAsync(new TimeOnly(0, 1));
        var before = EventOf(await GetCalendarAsync(), deadline.Id);
        Assert.Equal(new DateTime(2031, 3, 1, 0, 1, 0), before.DtStart!.Value);

        await factory.GetService<DeadlineEditor>().ExtendAsync(TradeTrackerFactory.User("editor"), deadline.Id, deadline.Version, new ExtensionInput
        {
            NewDueDate = new DateOnly(2031, 4, 1),
            NewDueTime = new TimeOnly(12, 0),
            TimeZoneId = "America/New_York",
            DecidedOn = new DateOnly(2025, 1, 2),
            Note = "Extended by test order",
            SourceId = await factory.AnySourceIdAsync(),
        }, Ct);

        var after = EventOf(await GetCalendarAsync(), deadline.Id);
        Assert.Equal(new DateTime(2031, 4, 1, 12, 0, 0), after.DtStart!.Value);
        Assert.Equal("America/New_York", after.DtStart.TzId);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {before.Sequence} -> {after.Sequence}");
        Assert.Contains("Extended by test order", after.Description);
        Assert.True(after.LastModified!.AsUtc >= before.LastModified!.AsUtc);
    }

    [Fact]
    public async Task DeadlinesIcs_DeadlineWithoutATime_IsAnAllDayEvent()
    {
        var deadline = await CreateDeadlineAsync(null);

        var due = EventOf(await GetCalendarAsync(), deadline.Id);

        Assert.False(due.DtStart!.HasTime);
        Assert.Equal(new DateTime(2031, 3, 1), due.DtStart.Value);
    }

    [Fact]
    public async Task DeadlinesIcs_ArchivedDeadline_IsLeftOut()
    {
        var deadline = await CreateDeadlineAsync(new TimeOnly(9, 0));
        await factory.GetService<DeadlineEditor>().DeleteAsync(TradeTrackerFactory.User("editor"), deadline.Id, deadline.Version, Ct);

        var calendar = await GetCalendarAsync();

        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"deadline-{deadline.Id}@tradetracker");
    }

    [Theory]
    [InlineData("/feeds/deadlines.ics")]
    [InlineData("/feeds/changes.atom")]
    public async Task Feed_CopyIsCurrent_Is304ByETagAndByDate(string url)
    {
        var first = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"stale\"");

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byTag, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale, Ct)).StatusCode);
    }

    [Fact]
    public async Task ChangesAtom_AfterAnEditorSave_ListsTheChangeFirstWithoutNamingTheEditor()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync($"Feed test surcharge {Guid.NewGuid():N}");

        var response = await client.GetAsync("/feeds/changes.atom", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var reader = XmlReader.Create(new StringReader(body));
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var newest = feed.Items.First();
        Assert.Equal($"Measure added: “{measure.Name}”", newest.Title.Text);
        Assert.StartsWith("tag:", newest.Id);
        Assert.EndsWith("/tariffs/USA/CHN", newest.Links.Single().Uri.AbsoluteUri);
        Assert.Equal("TradeTracker editors", Assert.Single(newest.Authors).Name);
        Assert.False(string.IsNullOrWhiteSpace(((TextSyndicationContent)newest.Summary).Text));
        Assert.DoesNotContain("@tests.local", body);
    }

    [Fact]
    public async Task ChangesAtom_DeadlineExtended_SaysSoInPlainWords()
    {
        var deadline = await CreateDeadlineAsync(new TimeOnly(0, 1));
        await factory.GetService<DeadlineEditor>().ExtendAsync(TradeTrackerFactory.User("editor"), deadline.Id, deadline.Version, new ExtensionInput
        {
            NewDueDate = new DateOnly(2031, 5, 1),
            TimeZoneId = "America/New_York",
            DecidedOn = new DateOnly(2025, 1, 2),
            SourceId = await factory.AnySourceIdAsync(),
        }, Ct);

        using var reader = XmlReader.Create(await client.GetStreamAsync("/feeds/changes.atom", Ct));
        var newest = SyndicationFeed.Load(reader).Items.First();

        Assert.Equal($"Deadline extended: “{deadline.Title}”", newest.Title.Text);
        Assert.EndsWith("/deadlines", newest.Links.Single().Uri.AbsoluteUri);
    }
}
