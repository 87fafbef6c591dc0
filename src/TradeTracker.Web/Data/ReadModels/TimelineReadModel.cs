using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.ReadModels;

/// <summary>The timeline as one table (<see cref="TimelineEntryRow"/>: live events and the live steps of live measures,
/// keyed in timeline order), its economy links (<see cref="TimelineEntryEconomy"/>) and its full-text rows (the
/// <c>TimelineText</c> table each store's TimelineReadModel migration keeps from the entries by triggers, outside the EF
/// model). A save that touches an event (or its economies), a rate step or a measure rewrites the entries of that event
/// or of that measure's steps, from the rows as saved, in the save's transaction.</summary>
public sealed class TimelineReadModel : IReadModel
{
    /// <summary>Rows read and written at a time by a rebuild.</summary>
    private const int BatchSize = 5000;

    public string Name => "Timeline";

    public int Version => 1;

    public IReadModelWork? Capture(AppDbContext db)
    {
        var work = new Work();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case TradeEvent e:
                    work.Events.Add(e);
                    break;
                case RateStep s:
                    work.Steps.Add(s);
                    if (entry.State != EntityState.Added)
                    {
                        // A step moved to another measure leaves the old one's entries too.
                        work.MeasureIds.Add((int)entry.OriginalValues[nameof(RateStep.TariffMeasureId)]!);
                    }

                    break;
                case TariffMeasure m:
                    work.Measures.Add(m);
                    break;
                case Dictionary<string, object> link when entry.Metadata.Name == "EventEconomies":
                    work.EventLinks.Add(link);
                    break;
            }
        }

        return work.IsEmpty ? null : work;
    }

    public async Task RebuildAsync(AppDbContext db, CancellationToken ct)
    {
        await db.TimelineEntryEconomies.ExecuteDeleteAsync(ct);
        await db.TimelineEntries.ExecuteDeleteAsync(ct);
        await WriteAsync(db, db.Events, db.RateSteps, ct);
    }

    /// <summary>Writes the entries of <paramref name="events"/> and <paramref name="steps"/> (live rows only: the query
    /// filters leave archived ones, and the steps of archived measures, out), a batch at a time in id order.</summary>
    private static async Task WriteAsync(AppDbContext db, IQueryable<TradeEvent>? events, IQueryable<RateStep>? steps, CancellationToken ct)
    {
        for (var last = 0; events is not null;)
        {
            var batch = await events.Where(e => e.Id > last).OrderBy(e => e.Id).Take(BatchSize)
                .Select(e => new
                {
                    e.Id, e.StartsOn, e.EndsOn, e.Kind, e.Title, e.Summary, e.Location, e.Confidence,
                    Economies = e.Economies.Select(x => x.Code).ToList(),
                })
                .AsNoTracking().ToListAsync(ct);
            await SaveAsync(db, batch.Select(e => new TimelineEntryRow
            {
                Key = TimelineKeys.Of(e.StartsOn, TimelineEntryType.Event, e.Id), Type = TimelineEntryType.Event, EventId = e.Id,
                Date = e.StartsOn, EndDate = e.EndsOn, Kind = e.Kind, Title = e.Title, Detail = e.Summary, Location = e.Location,
                Confidence = e.Confidence, Economies = Links(e.Economies),
            }), ct);
            if (batch.Count < BatchSize)
            {
                break;
            }

            last = batch[^1].Id;
        }

        for (var last = 0; steps is not null;)
        {
            var batch = await steps.Where(s => s.Id > last).OrderBy(s => s.Id).Take(BatchSize)
                .Select(s => new
                {
                    s.Id, s.TariffMeasureId, s.TimelineDate, s.AnnouncedOn, s.RatePercent, s.NeverApplied,
                    s.Measure!.Name, s.Measure.LegalBasis, s.Measure.Confidence, s.Measure.ImposingEconomyCode, s.Measure.TargetEconomyCode,
                })
                .AsNoTracking().ToListAsync(ct);
            await SaveAsync(db, batch.Select(s => new TimelineEntryRow
            {
                Key = TimelineKeys.Of(s.TimelineDate, TimelineEntryType.RateChange, s.Id), Type = TimelineEntryType.RateChange,
                StepId = s.Id, MeasureId = s.TariffMeasureId, Date = s.TimelineDate, AnnouncedOn = s.AnnouncedOn, Title = s.Name,
                Detail = s.LegalBasis, RatePercent = s.RatePercent, NeverApplied = s.NeverApplied, ImposerCode = s.ImposingEconomyCode,
                TargetCode = s.TargetEconomyCode, Confidence = s.Confidence,
                Economies = Links(s.TargetEconomyCode is { } target ? [s.ImposingEconomyCode, target] : [s.ImposingEconomyCode]),
            }), ct);
            if (batch.Count < BatchSize)
            {
                break;
            }

            last = batch[^1].Id;
        }
    }

    private static List<TimelineEntryEconomy> Links(IEnumerable<string> codes) =>
        codes.Distinct().Select(code => new TimelineEntryEconomy { EconomyCode = code }).ToList();

    /// <summary>Saves the rows and lets go of them: the context may be the caller's, whose own tracked rows stay.</summary>
    private static async Task SaveAsync(AppDbContext db, IEnumerable<TimelineEntryRow> rows, CancellationToken ct)
    {
        var added = rows.ToList();
        if (added.Count == 0)
        {
            return;
        }

        db.TimelineEntries.AddRange(added);
        await db.SaveChangesAsync(ct);
        foreach (var row in added)
        {
            foreach (var link in row.Economies)
            {
                db.Entry(link).State = EntityState.Detached;
            }

            db.Entry(row).State = EntityState.Detached;
        }
    }

    /// <summary>The events and measures a save touched; their entries are rewritten after it (new rows have their ids).</summary>
    private sealed class Work : IReadModelWork
    {
        public List<TradeEvent> Events { get; } = [];

        public List<RateStep> Steps { get; } = [];

        public List<TariffMeasure> Measures { get; } = [];

        public List<int> MeasureIds { get; } = [];

        public List<Dictionary<string, object>> EventLinks { get; } = [];

        public bool IsEmpty => Events.Count == 0 && Steps.Count == 0 && Measures.Count == 0 && EventLinks.Count == 0;

        public async Task ApplyAsync(AppDbContext db, CancellationToken ct)
        {
            var eventIds = Events.Select(e => e.Id).Concat(EventLinks.Select(l => (int)l["TradeEventId"])).Distinct().ToList();
            var measureIds = Measures.Select(m => m.Id).Concat(Steps.Select(s => s.TariffMeasureId)).Concat(MeasureIds).Distinct().ToList();
            if (eventIds.Count > 0)
            {
                await db.TimelineEntries.Where(e => e.EventId != null && eventIds.Contains(e.EventId.Value)).ExecuteDeleteAsync(ct);
            }

            if (measureIds.Count > 0)
            {
                await db.TimelineEntries.Where(e => e.MeasureId != null && measureIds.Contains(e.MeasureId.Value)).ExecuteDeleteAsync(ct);
            }

            await WriteAsync(
                db,
                eventIds.Count == 0 ? null : db.Events.Where(e => eventIds.Contains(e.Id)),
                measureIds.Count == 0 ? null : db.RateSteps.Where(s => measureIds.Contains(s.TariffMeasureId)),
                ct);
        }
    }
}
