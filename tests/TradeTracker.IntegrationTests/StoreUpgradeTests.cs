using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>A store seeded before this release (the 2025 data) reaches the 2026 reference data on start, as a fresh store
/// does; a second start changes nothing.</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class StoreUpgradeTests(UpgradedStoreFactory upgraded, TradeTrackerFactory fresh)
    : IClassFixture<UpgradedStoreFactory>, IClassFixture<TradeTrackerFactory>
{
    /// <summary>The measure's id in Fixtures/store-2025-12.sql.</summary>
    private const int FixtureIdOfFentanylTariff = 25;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartUp_StoreSeededBeforeThisRelease_ReachesTheRowsOfAFreshStore()
    {
        var expected = await StoreRows.ReadAsync(fresh);
        var actual = await StoreRows.ReadAsync(upgraded);

        // The old rows were updated in place, audited as the seed's changes: the fentanyl tariff keeps the id it had.
        await using var db = upgraded.CreateDbContext();
        Assert.True(await db.AuditEntries.CountAsync(a => a.Actor == ReferenceDataSeeder.Actor && a.Action == AuditAction.Updated && a.EntityKind == "measure", Ct) >= 4);
        Assert.Equal(
            FixtureIdOfFentanylTariff,
            await db.Measures.Where(m => m.Key == "USA-CHN-IEEPA-FENTANYL" && m.Status == MeasureStatus.Invalidated).Select(m => m.Id).SingleAsync(Ct));
        Assert.False(await db.ReferenceUpdates.AnyAsync(Ct));
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (key, row) in expected)
        {
            Assert.True(row == actual[key], $"{key}\n fresh:    {row}\n upgraded: {actual[key]}");
        }
    }

    [Fact]
    public async Task GetRates_UpgradedStoreUsOnChinaAugust1Of2026_Is12Point5PercentFromTheForcedLaborTariff()
    {
        var rates = await upgraded.CreateClientAs(null).GetRatesAsync("USA", "CHN", "2026-08-01");

        Assert.Equal(12.5m, rates.GetProperty("headlinePercent").GetDecimal());
    }

    [Fact]
    public async Task SeedAsync_SecondStartOfUpgradedStore_ChangesNothing()
    {
        await using var db = upgraded.CreateDbContext();
        var audit = await db.AuditEntries.CountAsync(Ct);
        var updates = await db.ReferenceUpdates.CountAsync(Ct);
        var rows = await StoreRows.ReadAsync(upgraded);

        var report = await upgraded.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        Assert.Equal(0, report.RowsUpdated);
        Assert.Equal(0, report.UpdatesHeld);
        Assert.Equal(audit, await db.AuditEntries.CountAsync(Ct));
        Assert.Equal(updates, await db.ReferenceUpdates.CountAsync(Ct));
        Assert.Equal(rows, await StoreRows.ReadAsync(upgraded));
    }
}

/// <summary>A row an editor changed in the old store is kept when the release is applied, and listed for editors with
/// both versions, to take or dismiss.</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class EditedStoreUpgradeTests(UnseededUpgradedStoreFactory factory) : IClassFixture<UnseededUpgradedStoreFactory>
{
    private const string EditedSummary = "Editor's reading: the Affiliates Rule pause runs for a year.";
    private const string EditedNotes = "Editor's note on the fentanyl tariff.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedAsync_RowsAnEditorChangedInTheOldStore_KeptListedThenTakenOrDismissed()
    {
        var editor = TradeTrackerFactory.User("editor");
        int eventId, measureId;
        await using (var db = factory.CreateDbContext())
        {
            var ev = await db.Events.AsNoTracking().Include(e => e.Sources).Include(e => e.Economies).Include(e => e.Measures).Include(e => e.Deadlines)
                .SingleAsync(e => e.ReferenceId == "E079", Ct);
            var input = EventInput.From(ev);
            input.Summary = EditedSummary;
            eventId = (await factory.GetService<EventEditor>().UpdateAsync(editor, ev.Id, ev.Version, input, Ct)).Id;

            var m = await db.Measures.AsNoTracking().Include(x => x.Sources).Include(x => x.AffectedMeasures)
                .SingleAsync(x => x.Key == "USA-CHN-IEEPA-FENTANYL", Ct);
            var measureInput = MeasureInput.From(m);
            measureInput.Notes = EditedNotes;
            measureId = (await factory.GetService<MeasureEditor>().UpdateAsync(editor, m.Id, m.Version, measureInput, Ct)).Id;
        }

        var report = await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        // Kept as the editor left them, and listed with both versions.
        Assert.Equal(2, report.UpdatesHeld);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(EditedSummary, (await db.Events.SingleAsync(e => e.Id == eventId, Ct)).Summary);
            var measure = await db.Measures.Include(m => m.Steps).SingleAsync(m => m.Id == measureId, Ct);
            Assert.Equal(MeasureStatus.InEffect, measure.Status);
            Assert.Null(measure.Steps.Single(s => s.ReferenceId == "M033").InForceUntil);
        }

        var service = factory.GetService<ReferenceUpdateService>();
        var open = await service.GetOpenAsync(Ct);
        var eventUpdate = open.Single(u => u.Key == "event:E079");
        var summary = eventUpdate.Fields.Single(f => f.Field == "Summary");
        Assert.Equal(EditedSummary, summary.Current);
        Assert.StartsWith("The 50%-ownership rule was suspended from November 10, 2025", summary.Shipped, StringComparison.Ordinal);
        var measureUpdate = open.Single(u => u.Key == "measure:USA-CHN-IEEPA-FENTANYL");
        var status = measureUpdate.Fields.Single(f => f.Field == "Status");
        Assert.Equal(("InEffect", "Invalidated"), (status.Current, status.Shipped));
        Assert.Equal("2026-02-24T05:00:00Z", measureUpdate.Fields.Single(f => f.Field == "Step M033: InForceUntil").Shipped);
        Assert.Equal("/tariffs/USA/CHN", measureUpdate.Link);

        // On /admin, both versions side by side, with the buttons.
        var page = await factory.CreateClientAs("editor").GetStringAsync("/admin", Ct);
        var panel = page[page.IndexOf("data-testid=\"reference-updates\"", StringComparison.Ordinal)..];
        Assert.Contains("Reference updates not applied", panel, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"take-reference-update-{eventUpdate.Id}\"", panel, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"dismiss-reference-update-{measureUpdate.Id}\"", panel, StringComparison.Ordinal);
        Assert.Contains("the Affiliates Rule pause runs for a year", panel, StringComparison.Ordinal);
        Assert.Contains("The 50%-ownership rule was suspended from November 10, 2025", panel, StringComparison.Ordinal);

        // A second run lists nothing new.
        var again = await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);
        Assert.Equal(0, again.UpdatesHeld);
        Assert.Equal(open.Count, (await service.GetOpenAsync(Ct)).Count);

        // Take: the shipped version, applied by the editor through the editor services; the editor's own notes stay.
        await service.TakeAsync(editor, measureUpdate.Id, Ct);
        await service.DismissAsync(editor, eventUpdate.Id, Ct);

        await using var after = factory.CreateDbContext();
        var taken = await after.Measures.Include(m => m.Steps).SingleAsync(m => m.Id == measureId, Ct);
        Assert.Equal(MeasureStatus.Invalidated, taken.Status);
        Assert.Equal("Invalidated by the Supreme Court, February 20, 2026; duties paid refundable with interest", taken.InvalidationText);
        Assert.Equal(await after.Events.Where(e => e.ReferenceId == "E085").Select(e => (int?)e.Id).SingleAsync(Ct), taken.InvalidatedByEventId);
        Assert.Equal(EditedNotes, taken.Notes);
        Assert.Equal("editor@tests.local", taken.UpdatedBy);
        Assert.Equal(DateTimeOffset.Parse("2026-02-24T05:00:00Z", CultureInfo.InvariantCulture), taken.Steps.Single(s => s.ReferenceId == "M033").InForceUntil);
        Assert.Equal(EditedSummary, (await after.Events.SingleAsync(e => e.Id == eventId, Ct)).Summary);
        var resolved = await after.ReferenceUpdates.Where(u => u.Id == measureUpdate.Id || u.Id == eventUpdate.Id).OrderBy(u => u.Key).ToListAsync(Ct);
        Assert.Equal([ReferenceUpdateResolution.Dismissed, ReferenceUpdateResolution.Taken], resolved.Select(u => u.Resolution!.Value));
        Assert.DoesNotContain(await service.GetOpenAsync(Ct), u => u.Id == measureUpdate.Id || u.Id == eventUpdate.Id);
    }

    [Fact]
    public async Task TakeAsync_Reader_IsRefused()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.GetService<ReferenceUpdateService>().TakeAsync(TradeTrackerFactory.User("reader"), 1, Ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.GetService<ReferenceUpdateService>().DismissAsync(TradeTrackerFactory.User("reader"), 1, Ct));
    }
}

/// <summary>A seeded row an editor deleted in the old store stays deleted, unchanged and unlisted, whatever the release
/// changed in it.</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class ArchivedStoreUpgradeTests(UnseededUpgradedStoreFactory factory) : IClassFixture<UnseededUpgradedStoreFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedAsync_SeededRowsAnEditorDeletedInTheOldStore_StayDeletedUnchangedAndUnlisted()
    {
        var editor = TradeTrackerFactory.User("editor");
        await using (var db = factory.CreateDbContext())
        {
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.ReferenceId == "E077", Ct);
            await factory.GetService<EventEditor>().DeleteAsync(editor, ev.Id, ev.Version, Ct);
            var m = await db.Measures.AsNoTracking().SingleAsync(x => x.Key == "USA-CHN-DE-MINIMIS", Ct);
            await factory.GetService<MeasureEditor>().DeleteAsync(editor, m.Id, m.Version, Ct);
        }

        var report = await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        await using var after = factory.CreateDbContext();
        var deMinimis = await after.Measures.IgnoreQueryFilters().SingleAsync(x => x.Key == "USA-CHN-DE-MINIMIS", Ct);
        Assert.NotNull(deMinimis.ArchivedAt);
        Assert.Equal(MeasureStatus.InEffect, deMinimis.Status);
        var e077 = await after.Events.IgnoreQueryFilters().SingleAsync(e => e.ReferenceId == "E077", Ct);
        Assert.NotNull(e077.ArchivedAt);
        Assert.DoesNotContain("Announcement No. 70", e077.Summary, StringComparison.Ordinal);
        Assert.Equal(0, report.UpdatesHeld);
        Assert.False(await after.ReferenceUpdates.AnyAsync(Ct));
    }
}

/// <summary>The reader-visible fields of every seeded measure, step, event and deadline, by reference key.</summary>
internal static class StoreRows
{
    public static async Task<SortedDictionary<string, string>> ReadAsync(TradeTrackerFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = factory.CreateDbContext();
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var eventRefs = await db.Events.ToDictionaryAsync(e => e.Id, e => e.ReferenceId, ct);
        static string Join(params object?[] values) => string.Join(" | ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        static string Urls(IEnumerable<Source> sources) => string.Join(",", sources.Select(s => s.Url).Order(StringComparer.Ordinal));

        foreach (var m in await db.Measures.AsNoTracking().Include(m => m.AffectedMeasures).Include(m => m.Sources).Include(m => m.Steps).ThenInclude(s => s.Sources).ToListAsync(ct))
        {
            rows[$"measure {m.Key}"] = Join(
                m.Name, m.ImposingEconomyCode, m.TargetEconomyCode, m.LegalBasis, m.Coverage, m.Combination, m.ProductDescription,
                string.Join(",", m.HsPrefixes), string.Join(",", m.ProductLists), m.Status, m.Confidence, m.ReviewedOn, m.InvalidationText,
                m.InvalidatedByEventId is { } id ? eventRefs[id] : null, string.Join(",", m.AffectedMeasures.Select(a => a.Key).Order(StringComparer.Ordinal)), Urls(m.Sources));
            foreach (var s in m.Steps)
            {
                rows[$"step {m.Key} {s.ReferenceId}"] = Join(
                    s.RatePercent, s.InForceFrom, s.InForceUntil, s.TimeZoneId, s.AnnouncedOn, s.NeverApplied, s.Notes, s.TimelineDate, Urls(s.Sources));
            }
        }

        foreach (var e in await db.Events.AsNoTracking().Include(e => e.Sources).Include(e => e.Measures).Include(e => e.Deadlines).Include(e => e.Disagreements).ToListAsync(ct))
        {
            rows[$"event {e.ReferenceId}"] = Join(
                e.StartsOn, e.EndsOn, e.Kind, e.Title, e.Location, e.Summary, e.Confidence, JsonSerializer.Serialize(e.Participants),
                string.Join(",", e.Measures.Select(m => m.Key).Order(StringComparer.Ordinal)),
                string.Join(",", e.Deadlines.Select(d => d.ReferenceId).Order(StringComparer.Ordinal)), Urls(e.Sources),
                string.Join(",", e.Disagreements.Select(x => $"{x.Claim} / {x.CounterClaim}").Order(StringComparer.Ordinal)));
        }

        foreach (var d in await db.Deadlines.AsNoTracking().Include(d => d.Sources).Include(d => d.Extensions).ToListAsync(ct))
        {
            rows[$"deadline {d.ReferenceId}"] = Join(
                d.Title, d.OriginalDueAt, d.TimeZoneId, d.WhatHappens, d.Status, d.Outcome, d.Confidence, d.AnnouncedAt, d.OutcomeDecidedOn, d.IsFeatured,
                string.Join(",", d.Extensions.Select(x => $"{x.NewDueAt:O} {x.DecidedOn:O} {x.Note}").Order(StringComparer.Ordinal)), Urls(d.Sources));
        }

        return rows;
    }
}
