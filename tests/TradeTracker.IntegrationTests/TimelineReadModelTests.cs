using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>The timeline read model against the rules it replaces: after each of a seeded random sequence of writes
/// through the app's editors and CSV import, every single filter's pages and cursor walk are the answer computed from the
/// rows as stored; a rebuild then makes the same rows.</summary>
public sealed class TimelineReadModelTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const int PageSize = 20;
    private static readonly string[] Codes = ["USA", "CHN", "CAN", "MEX", "EUN"];
    private static readonly string[] Words = ["soybeans", "steel", "semiconductors", "lumber"];
    private static readonly DateOnly AsOfDay = new(2025, 3, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each single filter and a few kinds together, alone and beside a date range and an economy, as of now; then no
    /// filter as of a day, in both views.</summary>
    private static readonly TimelineFilter[] Filters =
    [
        new(),
        new(Kinds: TimelineKinds.Of(EventKind.Retaliation)),
        new(Kinds: TimelineKinds.RateChanges),
        new(Kinds: TimelineKinds.RateChanges.With(TimelineKinds.Of(EventKind.Retaliation))),
        new(Kinds: TimelineKinds.Of(EventKind.Retaliation).With(TimelineKinds.Of(EventKind.NegotiationRound)), From: new DateOnly(2025, 4, 1)),
        new(Economy: "CHN", Kinds: TimelineKinds.RateChanges.With(TimelineKinds.Of(EventKind.NegotiationRound))),
        new(Economy: "CHN"),
        new(Economy: "CAN"),
        new(From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 6, 30)),
        new(From: new DateOnly(2025, 4, 1)),
        new(Text: "soybeans"),
        new(Text: "semicond"),
    ];

    [Fact]
    public async Task RandomWrites_EveryFilterPagedAndByCursor_MatchTheStoredRowsAndARebuild()
    {
        var random = new Random(12);
        for (var i = 0; i < 30; i++)
        {
            var write = await WriteAsync(random, i);
            foreach (var filter in Filters)
            {
                await CompareAsync(filter, null, AsOfMode.Legal, write);
            }

            await CompareAsync(new TimelineFilter(), AsOfDay, AsOfMode.Legal, write);
            await CompareAsync(new TimelineFilter(), AsOfDay, AsOfMode.KnownThen, write);
        }

        var before = await StoredAsync();
        await factory.GetService<ReadModelSet>().RebuildAsync(factory.GetService<IDbContextFactory<AppDbContext>>(), all: true, Ct);

        Assert.Equal(before, await StoredAsync());
        await CompareAsync(new TimelineFilter(Text: "soybeans"), null, AsOfMode.Legal, "rebuild");
    }

    /// <summary>One random write through the app (some the editors refuse, which must change nothing); says what it was.</summary>
    private async Task<string> WriteAsync(Random random, int i)
    {
        var editor = TradeTrackerFactory.User("editor");
        var admin = TradeTrackerFactory.User("admin");
        var sourceId = await factory.AnySourceIdAsync();
        var events = factory.GetService<EventEditor>();
        var measures = factory.GetService<MeasureEditor>();
        var steps = factory.GetService<RateStepEditor>();
        var day = new DateOnly(2024, 6, 1).AddDays(random.Next(0, 500));
        var word = Words[random.Next(Words.Length)];
        await using var db = factory.CreateDbContext();
        var ourEvents = await db.Events.IgnoreQueryFilters().Where(e => e.Title.StartsWith("Prop ")).Select(e => new { e.Id, e.Version, e.ArchivedAt }).ToListAsync(Ct);
        var ourMeasures = await db.Measures.IgnoreQueryFilters().Where(m => m.Key.StartsWith("PROP-")).Select(m => new { m.Id, m.Version, m.ArchivedAt }).ToListAsync(Ct);
        var ourSteps = await db.RateSteps.IgnoreQueryFilters().Where(s => s.Measure!.Key.StartsWith("PROP-")).Select(s => new { s.Id, s.Version, s.ArchivedAt }).ToListAsync(Ct);
        var action = i < 4 ? i : random.Next(11);
        try
        {
            switch (action)
            {
                case 0:
                    var created = await events.CreateAsync(editor, EventInput(random, day, word, sourceId), Ct);
                    return $"created event {created.Id}";
                case 1:
                    var measure = await measures.CreateAsync(editor, MeasureInput(random, word, sourceId), Ct);
                    return $"created measure {measure.Id}";
                case 2 or 3 when ourMeasures.Count > 0:
                    var target = ourMeasures[random.Next(ourMeasures.Count)];
                    var step = await steps.CreateAsync(editor, new RateStepInput
                    {
                        MeasureId = target.Id, RatePercent = random.Next(1, 60), FromDate = day,
                        AnnouncedOn = random.Next(3) == 0 ? day.AddDays(200) : null, NeverApplied = random.Next(5) == 0, SourceIds = [sourceId],
                    }, Ct);
                    return $"created step {step.Id} on measure {target.Id}";
                case 4 when ourEvents.FirstOrDefault(e => e.ArchivedAt == null) is { } live:
                    await events.UpdateAsync(editor, live.Id, live.Version, EventInput(random, day, word, sourceId), Ct);
                    return $"changed event {live.Id}";
                case 5 when ourMeasures.FirstOrDefault(m => m.ArchivedAt == null) is { } live:
                    var input = (await measures.FindInAsync(db, live.Id, Ct))!.Value.Input;
                    input.Name = $"Prop measure on {word} {i}";
                    input.ImposingEconomyCode = Codes[random.Next(Codes.Length)];
                    input.TargetEconomyCode = random.Next(3) == 0 ? null : Codes.First(c => c != input.ImposingEconomyCode);
                    await measures.UpdateAsync(editor, live.Id, live.Version, input, Ct);
                    return $"renamed and moved measure {live.Id}";
                case 6 when ourEvents.Count > 0:
                    var e = ourEvents[random.Next(ourEvents.Count)];
                    return await ArchiveCycleAsync(e.ArchivedAt, () => events.DeleteAsync(editor, e.Id, e.Version, Ct), () => events.RestoreAsync(editor, e.Id, Ct), () => events.PurgeAsync(admin, e.Id, Ct), random, $"event {e.Id}");
                case 7 when ourMeasures.Count > 0:
                    var m = ourMeasures[random.Next(ourMeasures.Count)];
                    return await ArchiveCycleAsync(m.ArchivedAt, () => measures.DeleteAsync(editor, m.Id, m.Version, Ct), () => measures.RestoreAsync(editor, m.Id, Ct), () => measures.PurgeAsync(admin, m.Id, Ct), random, $"measure {m.Id}");
                case 8 when ourSteps.Count > 0:
                    var s = ourSteps[random.Next(ourSteps.Count)];
                    return await ArchiveCycleAsync(s.ArchivedAt, () => steps.DeleteAsync(editor, s.Id, s.Version, Ct), () => steps.RestoreAsync(editor, s.Id, Ct), () => steps.PurgeAsync(admin, s.Id, Ct), random, $"step {s.Id}");
                default:
                    var id = CsvFiles.NewId("PROP");
                    var csv = "external_id,date,end_date,kind,title,location,participants,summary,economies,measure_keys,deadline_ids,confidence,source_publisher,source_title,source_url\n"
                        + $"{id},{day:yyyy-MM-dd},{day.AddDays(random.Next(0, 90)):yyyy-MM-dd},retaliation,Prop import {word} {id},Ottawa,,Imported about {word}.,CAN;CHN,,,confirmed,Example Wire,Prop,https://example.org/{id}\n"
                        + $"{id}B,{day.AddDays(3):yyyy-MM-dd},,statement,Prop import {id}B,,,A statement.,MEX,,,confirmed,Example Wire,Prop,https://example.org/{id}";
                    Assert.True((await factory.CommitAsync(ImportKind.Events, csv)).Committed);
                    return $"imported {id}";
            }
        }
        catch (ValidationFailedException refused)
        {
            return $"refused ({action}): {string.Join("; ", refused.Errors.SelectMany(x => x.Value))}";
        }
        catch (RowNotFoundException hidden)
        {
            // A step of an archived measure is hidden from its editor.
            return $"refused ({action}): {hidden.Message}";
        }
    }

    private static async Task<string> ArchiveCycleAsync(DateTimeOffset? archivedAt, Func<Task> archive, Func<Task> restore, Func<Task> purge, Random random, string what)
    {
        if (archivedAt is null)
        {
            await archive();
            return $"archived {what}";
        }

        if (random.Next(2) == 0)
        {
            await restore();
            return $"restored {what}";
        }

        await purge();
        return $"purged {what}";
    }

    private static EventInput EventInput(Random random, DateOnly day, string word, int sourceId) => new()
    {
        StartsOn = day,
        EndsOn = random.Next(3) == 0 ? day.AddDays(random.Next(1, 120)) : null,
        Kind = random.Next(2) == 0 ? EventKind.Retaliation : EventKind.Statement,
        Title = $"Prop event on {word}",
        Summary = "Written by the timeline property test.",
        EconomyCodes = Codes.Where(_ => random.Next(3) == 0).ToList(),
        Confidence = Confidence.Confirmed,
        SourceIds = [sourceId],
    };

    private static MeasureInput MeasureInput(Random random, string word, int sourceId)
    {
        var imposer = Codes[random.Next(Codes.Length)];
        return new MeasureInput
        {
            Key = CsvFiles.NewId("PROP-"),
            ImposingEconomyCode = imposer,
            TargetEconomyCode = random.Next(3) == 0 ? null : Codes.First(c => c != imposer),
            Name = $"Prop measure on {word}",
            LegalBasis = "Property test order",
            Coverage = Coverage.AllGoods,
            Combination = Combination.Adds,
            Status = MeasureStatus.InEffect,
            SourceIds = [sourceId],
        };
    }

    /// <summary>The service's first two pages and its cursor walk to the end against the old rules over the stored rows.</summary>
    private async Task CompareAsync(TimelineFilter filter, DateOnly? asOf, AsOfMode mode, string write)
    {
        var expected = await ExpectedAsync(filter, asOf, mode);
        var service = factory.GetService<TimelineService>();
        var context = $"after '{write}', filter {filter}, as of {asOf} {mode}";

        var first = await service.QueryAsync(filter with { PageSize = PageSize }, asOf, mode, Ct);
        var counted = (1 + TimelineService.PagesCountedAhead) * PageSize;
        Assert.True(Math.Min(expected.Count, counted) == first.TotalCount && (expected.Count > counted) == first.Capped, $"count {first.TotalCount} of {expected.Count}, {context}");
        var second = await service.QueryAsync(filter with { PageSize = PageSize, Page = 2 }, asOf, mode, Ct);
        Assert.True(expected.Skip(PageSize).Take(PageSize).SequenceEqual(second.Entries.Select(Describe)), $"page 2, {context}");

        var walked = first.Entries.Select(Describe).ToList();
        for (var page = first; page.Next is { } next;)
        {
            page = await service.QueryAsync(filter with { PageSize = PageSize, After = next }, asOf, mode, Ct);
            walked.AddRange(page.Entries.Select(Describe));
        }

        Assert.True(expected.SequenceEqual(walked), $"cursor walk, {context}:\nexpected {string.Join("\n  ", expected)}\nwalked {string.Join("\n  ", walked)}");
    }

    /// <summary>The timeline as the rules say, from the live rows loaded in full: events by first day, rate steps by
    /// timeline date, newest first, rate changes before events on a day, then newest id.</summary>
    private async Task<List<string>> ExpectedAsync(TimelineFilter filter, DateOnly? asOf, AsOfMode mode)
    {
        await using var db = factory.CreateDbContext();
        var typed = filter.Text is null ? null : TypedQuery.Parse(filter.Text);
        var eventText = typed is null ? null : await FullTextIndex.MatchingIds(db, typed, SearchKind.Event).ToListAsync(Ct);
        var measureText = typed is null ? null : await FullTextIndex.MatchingIds(db, typed, SearchKind.Measure).ToListAsync(Ct);
        var events = await db.Events.AsNoTracking().Include(e => e.Economies).Include(e => e.Sources).AsSplitQuery().ToListAsync(Ct);
        var steps = await db.RateSteps.AsNoTracking().Include(s => s.Measure).Include(s => s.Sources).AsSplitQuery().ToListAsync(Ct);
        var rows = events
            .Where(e => filter.Kinds.IsEmpty || filter.Kinds.Contains(TimelineKinds.Of(e.Kind)))
            .Where(e => filter.Economy is null || e.Economies.Any(x => x.Code == filter.Economy))
            .Where(e => filter.From is null || (e.EndsOn ?? e.StartsOn) >= filter.From)
            .Where(e => filter.To is null || e.StartsOn <= filter.To)
            .Where(e => eventText is null || eventText.Contains(e.Id))
            .Where(e => asOf is null || e.StartsOn <= asOf)
            .Select(e => (Date: e.StartsOn, Type: TimelineEntryType.Event, e.Id,
                Text: $"{e.StartsOn} {e.EndsOn} {e.Title} | {e.Summary} | {Labels.Of(e.Kind)} | {e.Location} | {e.Confidence} | {e.Sources.Count}"))
            .Concat(steps
                .Where(s => filter.Kinds.IsEmpty || filter.Kinds.Contains(TimelineKinds.RateChanges))
                .Where(s => filter.Economy is null || s.Measure!.ImposingEconomyCode == filter.Economy || s.Measure.TargetEconomyCode == filter.Economy)
                .Where(s => filter.From is null || s.TimelineDate >= filter.From)
                .Where(s => filter.To is null || s.TimelineDate <= filter.To)
                .Where(s => measureText is null || measureText.Contains(s.TariffMeasureId))
                .Where(s => asOf is null || (s.TimelineDate <= asOf && (mode == AsOfMode.Legal || s.AnnouncedOn is null || s.AnnouncedOn <= asOf)))
                .Select(s => (Date: s.TimelineDate, Type: TimelineEntryType.RateChange, s.Id,
                    Text: $"{s.TimelineDate} {s.Measure!.Name}: {(s.RatePercent is { } r ? $"{r:0.##}%" : "non-ad-valorem duty")}{(s.NeverApplied ? " announced, never applied" : "")} | {s.Measure.LegalBasis} | {(s.NeverApplied ? "Threat (never applied)" : "Rate change")} | {s.Measure.ImposingEconomyCode}>{s.Measure.TargetEconomyCode} | {s.Measure.Confidence} | {s.Sources.Count}")));
        return rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Type).ThenByDescending(r => r.Id)
            .Select(r => $"{r.Type}{r.Id} {r.Text}").ToList();
    }

    private static string Describe(TimelineEntry e) => e.Type == TimelineEntryType.Event
        ? $"{e.Type}{e.Id} {e.Date} {e.EndDate} {e.Title} | {e.Detail} | {e.Label} | {e.Location} | {e.Confidence} | {e.Sources.Count}"
        : $"{e.Type}{e.Id} {e.Date} {e.Title} | {e.Detail} | {e.Label} | {e.ImposerCode}>{e.TargetCode} | {e.Confidence} | {e.Sources.Count}";

    /// <summary>Every stored row of the model, its economy links and the keys of its full-text rows, in key order.</summary>
    private async Task<string> StoredAsync()
    {
        await using var db = factory.CreateDbContext();
        var entries = await db.TimelineEntries.AsNoTracking().OrderBy(e => e.Key).ToListAsync(Ct);
        var links = await db.TimelineEntryEconomies.AsNoTracking().OrderBy(l => l.Key).ThenBy(l => l.EconomyCode).ToListAsync(Ct);
        var text = await (db.Database.IsNpgsql()
            ? db.Database.SqlQuery<long>($"""SELECT "Key" AS "Value" FROM "TimelineText" ORDER BY "Key" """)
            : db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM TimelineText ORDER BY rowid")).ToListAsync(Ct);
        return string.Join("\n", entries.Select(e =>
                $"{e.Key} {e.Type} {e.EventId} {e.StepId} {e.MeasureId} {e.Date} {e.EndDate} {e.AnnouncedOn} {e.Kind} {e.Title} | {e.Detail} | {e.Location} | {e.RatePercent} {e.NeverApplied} {e.ImposerCode} {e.TargetCode} {e.Confidence}")
            .Concat(links.Select(l => $"{l.Key} {l.EconomyCode}"))
            .Append(string.Join(",", text)));
    }
}
