using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.ReadModels;

/// <summary>The rates read model: one <see cref="RateLayerMeasure"/> per measure that can count and one
/// <see cref="RateLayerSpan"/> per step of it that counts, keyed by (imposer, target or <see cref="RateLayerMeasure.GlobalTarget"/>).
/// A row depends on its own measure only (its fields, steps, sources and links), so a save rewrites the rows of the
/// measures it touches and nothing else: a global measure's edit rewrites its own rows, never one per partner. The layers
/// of a pair at an instant are then one range read (<see cref="ReadAsync"/>), and <see cref="RateCalculator.Compute"/>
/// stacks them as it stacks the stored rows.</summary>
public sealed class RateReadModel : IReadModel
{
    /// <summary>Measures loaded and written at a time (a rebuild, a save that touches many, an import).</summary>
    private const int Batch = 1000;

    private const string Affects = "MeasureAffects";
    private const string MeasureSources = "MeasureSources";
    private const string StepSources = "RateStepSources";

    public string Name => "rates";

    public int Version => 1;

    public IReadModelWork? Capture(AppDbContext db)
    {
        var work = new Work();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case TariffMeasure measure:
                    work.Measures.Add(measure);
                    break;
                case RateStep step:
                    work.Steps.Add(step);
                    work.MeasureIds.Add((int)entry.Property(nameof(RateStep.TariffMeasureId)).OriginalValue!);
                    break;
                case Source source when entry.State == EntityState.Modified:
                    work.SourceIds.Add(source.Id);
                    break;
                case Dictionary<string, object> when entry.Metadata.Name == Affects:
                    work.MeasureIds.Add(LinkEnd(entry, "MeasureId"));
                    break;
                case Dictionary<string, object> when entry.Metadata.Name == MeasureSources:
                    work.MeasureIds.Add(LinkEnd(entry, "TariffMeasureId"));
                    break;
                case Dictionary<string, object> when entry.Metadata.Name == StepSources:
                    work.StepIds.Add(LinkEnd(entry, "RateStepId"));
                    break;
            }
        }

        return work.IsEmpty ? null : work;
    }

    /// <summary>The row a link row belongs to; a new row's key is not known before the save (a temporary value, left out:
    /// the new row itself is in the save).</summary>
    private static int LinkEnd(EntityEntry link, string property)
    {
        var end = link.Property(property);
        return end.IsTemporary ? 0 : (int)end.CurrentValue!;
    }

    public async Task RebuildAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Set<RateLayerSpan>().ExecuteDeleteAsync(ct);
        await db.Set<RateLayerMeasure>().ExecuteDeleteAsync(ct);
        var last = 0;
        while (await db.Measures.AsNoTracking().Where(m => m.Id > last).OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } ids)
        {
            await WriteAsync(db, ids, ct);
            db.ChangeTracker.Clear();
            last = ids[^1];
        }
    }

    /// <summary>The live measures of a pair (global ones included) with a step counting at some instant of [<paramref name="from"/>,
    /// <paramref name="until"/>), each with only those steps, their sources, and the live measures it replaces or excepts:
    /// what <see cref="RateCalculator.Compute"/> needs for any instant of that span in the legal view.</summary>
    public static async Task<List<TariffMeasure>> ReadAsync(AppDbContext db, string imposer, string target, DateTimeOffset from, DateTimeOffset until, CancellationToken ct)
    {
        var rows = await db.Set<RateLayerSpan>().AsNoTracking()
            .Where(s => s.ImposerCode == imposer && (s.TargetKey == target || s.TargetKey == RateLayerMeasure.GlobalTarget) && s.Until > from && s.From < until)
            .Join(db.Set<RateLayerMeasure>().AsNoTracking(), s => s.MeasureId, m => m.MeasureId, (s, m) => new { Span = s, Measure = m })
            .ToListAsync(ct);
        var affected = rows.SelectMany(r => r.Measure.AffectedMeasureIds).Distinct().ToList();
        var names = affected.Count == 0
            ? []
            : await db.Measures.AsNoTracking().Where(m => affected.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return ToMeasures(rows.Select(r => (r.Measure, r.Span)), names);
    }

    /// <summary>The measures the rows stand for, as <see cref="RateCalculator"/> reads them: each with its spans as steps, and
    /// of the measures it affects those in <paramref name="liveNames"/> (the live ones, by id).</summary>
    public static List<TariffMeasure> ToMeasures(IEnumerable<(RateLayerMeasure Measure, RateLayerSpan Span)> rows, IReadOnlyDictionary<int, string> liveNames)
    {
        var measures = new Dictionary<int, TariffMeasure>();
        foreach (var (row, span) in rows)
        {
            if (!measures.TryGetValue(row.MeasureId, out var measure))
            {
                measure = new TariffMeasure
                {
                    Id = row.MeasureId,
                    ImposingEconomyCode = row.ImposerCode,
                    TargetEconomyCode = row.TargetKey == RateLayerMeasure.GlobalTarget ? null : row.TargetKey,
                    ExemptedEconomyCodes = row.ExemptedEconomyCodes,
                    Name = row.Name,
                    LegalBasis = row.LegalBasis,
                    Coverage = row.Coverage,
                    Combination = row.Combination,
                    Status = row.Status,
                    Confidence = row.Confidence,
                    ProductDescription = row.ProductDescription,
                    HsPrefixes = row.HsPrefixes,
                    ProductLists = row.ProductLists,
                    InvalidatedOn = row.InvalidatedOn,
                    InvalidatedBy = row.InvalidatedBy,
                    InvalidatedByEventId = row.InvalidatedByEventId,
                    InvalidationNote = row.InvalidationNote,
                    AffectedMeasures = row.AffectedMeasureIds.Where(liveNames.ContainsKey).Select(id => new TariffMeasure { Id = id, Name = liveNames[id] }).ToList(),
                    Sources = ReadSources(row.SourcesJson),
                };
                measures.Add(row.MeasureId, measure);
            }

            measure.Steps.Add(new RateStep
            {
                Id = span.StepId,
                TariffMeasureId = span.MeasureId,
                RatePercent = span.Percent,
                InForceFrom = span.From,
                InForceUntil = span.Until == RateLayerSpan.Open ? null : span.Until,
                TimeZoneId = span.TimeZoneId,
                LegalBasis = span.LegalBasis,
                TimelineDate = span.TimelineDate,
                AnnouncedOn = span.AnnouncedOn,
                Sources = ReadSources(span.SourcesJson),
            });
        }

        return measures.Values.ToList();
    }

    /// <summary>Writes the rows of the given measures (the stored ones: archived or purged measures get none).</summary>
    private static async Task WriteAsync(AppDbContext db, IEnumerable<int> measureIds, CancellationToken ct)
    {
        foreach (var ids in measureIds.Chunk(Batch))
        {
            var measures = await db.Measures.AsNoTracking()
                .Where(m => ids.Contains(m.Id))
                .Include(m => m.Steps).ThenInclude(s => s.Sources)
                .Include(m => m.Sources)
                .AsSplitQuery()
                .ToListAsync(ct);
            var affected = (await db.Set<Dictionary<string, object>>(Affects).AsNoTracking()
                    .Where(l => ids.Contains(EF.Property<int>(l, "MeasureId")))
                    .Select(l => new { MeasureId = EF.Property<int>(l, "MeasureId"), AffectedId = EF.Property<int>(l, "AffectedMeasureId") })
                    .ToListAsync(ct))
                .ToLookup(l => l.MeasureId, l => l.AffectedId);
            foreach (var measure in measures.Where(m => m.CanApply))
            {
                var steps = measure.Steps.Where(s => s.Counts).ToList();
                if (steps.Count == 0)
                {
                    continue;
                }

                var target = measure.TargetEconomyCode ?? RateLayerMeasure.GlobalTarget;
                db.Add(new RateLayerMeasure
                {
                    MeasureId = measure.Id,
                    ImposerCode = measure.ImposingEconomyCode,
                    TargetKey = target,
                    ExemptedEconomyCodes = measure.ExemptedEconomyCodes,
                    Name = measure.Name,
                    LegalBasis = measure.LegalBasis,
                    Coverage = measure.Coverage,
                    Combination = measure.Combination,
                    Status = measure.Status,
                    Confidence = measure.Confidence,
                    ProductDescription = measure.ProductDescription,
                    HsPrefixes = measure.HsPrefixes,
                    ProductLists = measure.ProductLists,
                    InvalidatedOn = measure.InvalidatedOn,
                    InvalidatedBy = measure.InvalidatedBy,
                    InvalidatedByEventId = measure.InvalidatedByEventId,
                    InvalidationNote = measure.InvalidationNote,
                    AffectedMeasureIds = affected[measure.Id].Order().ToList(),
                    SourcesJson = WriteSources(measure.Sources),
                });
                db.AddRange(steps.Select(s => new RateLayerSpan
                {
                    StepId = s.Id,
                    MeasureId = measure.Id,
                    ImposerCode = measure.ImposingEconomyCode,
                    TargetKey = target,
                    From = s.InForceFrom!.Value,
                    Until = s.InForceUntil ?? RateLayerSpan.Open,
                    Percent = s.RatePercent!.Value,
                    TimeZoneId = s.TimeZoneId,
                    LegalBasis = s.LegalBasis,
                    TimelineDate = s.TimelineDate,
                    AnnouncedOn = s.AnnouncedOn,
                    SourcesJson = WriteSources(s.Sources),
                }));
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private sealed record StoredSource(int Id, string Publisher, string Title, string Url, DateOnly? PublishedOn);

    private static string WriteSources(IEnumerable<Source> sources) =>
        JsonSerializer.Serialize(Source.InCitedOrder(sources).Select(s => new StoredSource(s.Id, s.Publisher, s.Title, s.Url, s.PublishedOn)));

    private static List<Source> ReadSources(string json) =>
        JsonSerializer.Deserialize<List<StoredSource>>(json)!
            .Select(s => new Source { Id = s.Id, Publisher = s.Publisher, Title = s.Title, Url = s.Url, PublishedOn = s.PublishedOn })
            .ToList();

    /// <summary>What one save touches: its measures, steps and links, and the sources it edits. After the save (new rows
    /// have their keys) the touched measures' rows are deleted and written again from the stored rows.</summary>
    private sealed class Work : IReadModelWork
    {
        public List<TariffMeasure> Measures { get; } = [];

        public List<RateStep> Steps { get; } = [];

        public HashSet<int> MeasureIds { get; } = [];

        public HashSet<int> StepIds { get; } = [];

        public HashSet<int> SourceIds { get; } = [];

        public bool IsEmpty => Measures.Count == 0 && Steps.Count == 0 && MeasureIds.Count == 0 && StepIds.Count == 0 && SourceIds.Count == 0;

        public async Task ApplyAsync(AppDbContext db, CancellationToken ct)
        {
            var ids = MeasureIds.Concat(Measures.Select(m => m.Id)).Concat(Steps.Select(s => s.TariffMeasureId)).ToHashSet();
            if (StepIds.Count > 0)
            {
                ids.UnionWith(await db.RateSteps.IgnoreQueryFilters().Where(s => StepIds.Contains(s.Id)).Select(s => s.TariffMeasureId).ToListAsync(ct));
            }

            if (SourceIds.Count > 0)
            {
                ids.UnionWith(await db.Set<Dictionary<string, object>>(MeasureSources)
                    .Where(l => SourceIds.Contains(EF.Property<int>(l, "SourcesId"))).Select(l => EF.Property<int>(l, "TariffMeasureId")).ToListAsync(ct));
                ids.UnionWith(await db.Set<Dictionary<string, object>>(StepSources)
                    .Where(l => SourceIds.Contains(EF.Property<int>(l, "SourcesId")))
                    .Join(db.RateSteps.IgnoreQueryFilters(), l => EF.Property<int>(l, "RateStepId"), s => s.Id, (l, s) => s.TariffMeasureId)
                    .ToListAsync(ct));
            }

            ids.RemoveWhere(id => id <= 0);
            foreach (var chunk in ids.Chunk(Batch))
            {
                await db.Set<RateLayerSpan>().Where(s => chunk.Contains(s.MeasureId)).ExecuteDeleteAsync(ct);
                await db.Set<RateLayerMeasure>().Where(m => chunk.Contains(m.MeasureId)).ExecuteDeleteAsync(ct);
            }

            await WriteAsync(db, ids, ct);
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is RateLayerMeasure or RateLayerSpan).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
