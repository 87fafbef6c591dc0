using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

public sealed record SeedReport(
    int EconomiesAdded, int SourcesAdded, int Measures, int RateSteps, int Events, int Deadlines, int RowsUpdated, int UpdatesHeld);

/// <summary>Seeds the shipped reference data (economies, US–China measures, events, deadlines and the seed news
/// report's facts) and brings seeded rows to the shipped version. A row whose key was never seeded is created. A seeded
/// row whose shipped content changed (<see cref="SeedContent"/>) is updated when no editor has touched it (audited, actor
/// <see cref="Actor"/>), else kept as the editor left it and the shipped version held as a <see cref="ReferenceUpdate"/>
/// for editors. A seeded row an editor deleted stays deleted. Running it again changes nothing.</summary>
public sealed class ReferenceDataSeeder(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<ReferenceDataSeeder> logger)
{
    public const string Actor = "seed";

    public async Task<SeedReport> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var economies = await SeedEconomiesAsync(db, cancellationToken);
        var ledger = new SeedLedger(await db.SeedRecords.ToDictionaryAsync(r => r.Key, cancellationToken), db, time.GetUtcNow());
        var sources = new SourceCatalog(await db.Sources.ToListAsync(cancellationToken), db);
        var shipped = new ShippedReference();
        sources.RegisterCurated(shipped.Curated);

        var events = await SeedEventsAsync(db, shipped, sources, ledger, cancellationToken);
        // Events first, saved, so an invalidated measure can point at its ruling.
        await db.SaveChangesAsync(cancellationToken);
        var zones = await db.Economies.ToDictionaryAsync(e => e.Code, e => e.TimeZoneId, cancellationToken);
        var measures = await SeedMeasuresAsync(db, shipped, zones, sources, ledger, events, cancellationToken);
        var deadlines = await SeedDeadlinesAsync(db, shipped, sources, ledger, cancellationToken);
        LinkCurated(shipped.Curated, events, ledger, deadlines, measures, sources);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var report = new SeedReport(
            economies,
            sources.Created,
            await db.Measures.CountAsync(cancellationToken),
            await db.RateSteps.CountAsync(cancellationToken),
            await db.Events.CountAsync(cancellationToken),
            await db.Deadlines.CountAsync(cancellationToken),
            ledger.Updated,
            ledger.Held);
        logger.LogInformation("Seeded reference data: {EconomiesAdded} economies and {SourcesAdded} sources added; store holds {Measures} measures, {RateSteps} rate steps, {Events} events, {Deadlines} deadlines; {RowsUpdated} seeded rows updated to the shipped version, {UpdatesHeld} updates held for editors",
            report.EconomiesAdded, report.SourcesAdded, report.Measures, report.RateSteps, report.Events, report.Deadlines, report.RowsUpdated, report.UpdatesHeld);
        return report;
    }

    private static async Task<int> SeedEconomiesAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Economies.Select(e => e.Code).ToHashSetAsync(ct);
        var added = 0;
        foreach (var row in SeedResources.ReadCsv<EconomyRow>("economies.csv").Where(r => !existing.Contains(r.Code)))
        {
            db.Economies.Add(new Economy { Code = row.Code, Name = row.Name, TimeZoneId = row.TimeZone });
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private static async Task<Dictionary<string, TradeEvent>> SeedEventsAsync(
        AppDbContext db, ShippedReference shipped, SourceCatalog sources, SeedLedger ledger, CancellationToken ct)
    {
        var keys = shipped.EventRows.Select(r => r.Id).Concat(shipped.Curated.Events.Select(e => e.ReferenceId)).ToList();
        var existing = await db.Events.Include(e => e.Sources)
            .Where(e => e.ReferenceId != null && keys.Contains(e.ReferenceId)).ToDictionaryAsync(e => e.ReferenceId!, ct);
        var pair = await db.Economies.Where(e => e.Code == "USA" || e.Code == "CHN").ToListAsync(ct);
        var built = shipped.EventRows.Select(r => ShippedReference.Event(r, sources))
            .Concat(shipped.Curated.Events.Select(c => ShippedReference.Event(c, sources)));
        foreach (var ev in built)
        {
            var row = existing.GetValueOrDefault(ev.ReferenceId!);
            var fields = SeedContent.Of(ev);
            if (!await ledger.ReconcileAsync(SeedLedger.EventKind, ev.ReferenceId!, row, () => SeedContent.Of(row!), fields, row is not null && SeedContent.IsUntouched(row), ct))
            {
                continue;
            }

            if (row is null)
            {
                ev.Economies = [.. pair];
                db.Events.Add(ev);
                existing[ev.ReferenceId!] = ev;
            }
            else
            {
                SeedContent.Copy(ev, row);
                await RewordDisagreementsAsync(db, shipped.Curated, row, sources, ct);
            }
        }

        return existing;
    }

    /// <summary>An event updated to the shipped version takes the shipped wording of its curated disagreements too (each
    /// found by the source of its claim); one an editor added or re-sourced is left alone.</summary>
    private static async Task RewordDisagreementsAsync(AppDbContext db, CuratedData curated, TradeEvent row, SourceCatalog sources, CancellationToken ct)
    {
        var shippedOnes = curated.Disagreements.Where(d => d.EventRef == row.ReferenceId).ToList();
        if (shippedOnes.Count == 0)
        {
            return;
        }

        await db.Entry(row).Collection(e => e.Disagreements).LoadAsync(ct);
        foreach (var d in shippedOnes)
        {
            if (row.Disagreements.FirstOrDefault(x => x.ClaimSourceId == sources.ByKey(d.ClaimSourceKey).Id) is { } stored)
            {
                stored.Claim = d.Claim;
                stored.CounterClaim = d.CounterClaim;
            }
        }
    }

    private static async Task<Dictionary<string, TariffMeasure>> SeedMeasuresAsync(
        AppDbContext db, ShippedReference shipped, Dictionary<string, string> zones, SourceCatalog sources, SeedLedger ledger,
        Dictionary<string, TradeEvent> events, CancellationToken ct)
    {
        // Only the shipped keys: a store with 100,000 measures must not be loaded (and change-tracked) to seed a few dozen.
        var keys = shipped.Groups.Select(g => g.Key).ToList();
        var existing = await db.Measures.Include(m => m.AffectedMeasures).Include(m => m.Sources).Include(m => m.Steps).ThenInclude(s => s.Sources)
            .Where(m => keys.Contains(m.Key)).AsSplitQuery().ToDictionaryAsync(m => m.Key, ct);
        var ids = existing.Values.Select(m => m.Id).ToList();
        var allSteps = (await db.RateSteps.IgnoreQueryFilters().AsNoTracking().Where(s => ids.Contains(s.TariffMeasureId))
                .Select(s => new RateStep { TariffMeasureId = s.TariffMeasureId, UpdatedBy = s.UpdatedBy, ReferenceId = s.ReferenceId })
                .ToListAsync(ct))
            .ToLookup(s => s.TariffMeasureId);
        int? EventId(string reference) => events.TryGetValue(reference, out var e) && e.Id != 0 ? e.Id : null;

        var apply = new List<(TariffMeasure Shipped, TariffMeasure Row, List<string> Affects)>();
        foreach (var group in shipped.Groups)
        {
            var measure = shipped.Measure(group, zones[group.Imposer], sources, EventId);
            var row = existing.GetValueOrDefault(group.Key);
            var untouched = row is not null && SeedContent.IsUntouched(row, allSteps[row.Id], group.Steps);
            if (!await ledger.ReconcileAsync(SeedLedger.MeasureKind, group.Key, row, () => SeedContent.Of(row!), SeedContent.Of(measure), untouched, ct))
            {
                continue;
            }

            var affects = measure.AffectedMeasures.Select(a => a.Key).ToList();
            if (row is null)
            {
                measure.AffectedMeasures = [];
                db.Measures.Add(measure);
                existing[group.Key] = measure;
            }

            apply.Add((measure, row ?? measure, affects));
        }

        // Once every shipped measure is in the store, so the measures one affects can be found.
        foreach (var (measure, row, affects) in apply)
        {
            if (ReferenceEquals(measure, row))
            {
                row.AffectedMeasures = affects.Where(existing.ContainsKey).Select(k => existing[k]).ToList();
                continue;
            }

            SeedContent.Copy(measure, row, key => existing.GetValueOrDefault(key));
            foreach (var step in measure.Steps)
            {
                if (row.Steps.FirstOrDefault(s => s.ReferenceId == step.ReferenceId) is { } mine)
                {
                    SeedContent.Copy(step, mine);
                }
                else
                {
                    row.Steps.Add(step);
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static async Task<Dictionary<string, Deadline>> SeedDeadlinesAsync(
        AppDbContext db, ShippedReference shipped, SourceCatalog sources, SeedLedger ledger, CancellationToken ct)
    {
        var keys = shipped.DeadlineRows.Keys.ToList();
        var existing = await db.Deadlines.Include(d => d.Extensions).Include(d => d.Sources)
            .Where(d => d.ReferenceId != null && keys.Contains(d.ReferenceId)).AsSplitQuery().ToDictionaryAsync(d => d.ReferenceId!, ct);
        foreach (var deadlineRow in shipped.DeadlineRows.Values)
        {
            var deadline = shipped.Deadline(deadlineRow, sources);
            var row = existing.GetValueOrDefault(deadlineRow.Id);
            if (!await ledger.ReconcileAsync(SeedLedger.DeadlineKind, deadlineRow.Id, row, () => SeedContent.Of(row!), SeedContent.Of(deadline), row is not null && SeedContent.IsUntouched(row), ct))
            {
                continue;
            }

            if (row is null)
            {
                deadline.IsFeatured = shipped.Curated.FeaturedDeadline.ReferenceId == deadlineRow.Id && !await db.Deadlines.AnyAsync(d => d.IsFeatured, ct);
                db.Deadlines.Add(deadline);
                existing[deadlineRow.Id] = deadline;
            }
            else
            {
                SeedContent.Copy(deadline, row);
            }
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    /// <summary>Links, disagreements and extension events from curated.json, applied only to events created in this
    /// run; rows an editor deleted are skipped.</summary>
    private static void LinkCurated(
        CuratedData curated, Dictionary<string, TradeEvent> events, SeedLedger ledger, Dictionary<string, Deadline> deadlines,
        Dictionary<string, TariffMeasure> measures, SourceCatalog sources)
    {
        TradeEvent? NewEvent(string reference) => ledger.WasCreated(SeedLedger.EventKind, reference) ? events[reference] : null;

        void LinkDeadlines(TradeEvent ev, IEnumerable<string>? references)
        {
            foreach (var d in (references ?? []).Where(deadlines.ContainsKey).Select(r => deadlines[r]).Where(d => !ev.Deadlines.Contains(d)))
            {
                ev.Deadlines.Add(d);
            }
        }

        foreach (var link in curated.EventLinks)
        {
            if (NewEvent(link.EventRef) is { } ev)
            {
                ev.Measures.AddRange((link.MeasureKeys ?? []).Where(measures.ContainsKey).Select(k => measures[k]).Where(m => !ev.Measures.Contains(m)));
                LinkDeadlines(ev, link.DeadlineRefs);
            }
        }

        foreach (var c in curated.Events)
        {
            if (NewEvent(c.ReferenceId) is { } ev)
            {
                LinkDeadlines(ev, c.DeadlineRefs);
            }
        }

        foreach (var ext in curated.Extensions.Where(e => e.EventRef is not null))
        {
            if (NewEvent(ext.EventRef!) is { } ev)
            {
                LinkDeadlines(ev, [ext.DeadlineRef]);
            }
        }

        foreach (var d in curated.Disagreements)
        {
            if (NewEvent(d.EventRef) is { } ev)
            {
                ev.Disagreements.Add(new Disagreement
                {
                    Claim = d.Claim,
                    ClaimSource = sources.ByKey(d.ClaimSourceKey),
                    CounterClaim = d.CounterClaim,
                    CounterSource = ev.Sources[0],
                });
            }
        }
    }
}
