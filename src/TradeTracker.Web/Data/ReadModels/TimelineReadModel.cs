using System.Globalization;
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
    public string Name => "timeline";

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
        await WriteAsync(db, null, null, ct);
    }

    /// <summary>Writes the entries (and their economy links) of the live events with <paramref name="eventIds"/> and of
    /// the live steps of the live measures with <paramref name="measureIds"/>; null: all of them. One
    /// <c>INSERT ... SELECT</c> a kind, so a rebuild at a million rows never brings them into the app; ids are numbers
    /// the app read, written into the SQL as such.</summary>
    private static async Task WriteAsync(AppDbContext db, List<int>? eventIds, List<int>? measureIds, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var events = Among(eventIds);
        var measures = Among(measureIds);
        // The key (TimelineKeys.Of) in SQL: the day number since 0001-01-01, shifted; a rate change's bit; the id.
        var day = (string column) => postgres ? $"(({column} - DATE '0001-01-01')::bigint << 33)" : $"(CAST(julianday({column}) - 1721425.5 AS INTEGER) << 33)";
        if (events is not null)
        {
            await db.Database.ExecuteSqlRawAsync(Quote($"""
                INSERT INTO [TimelineEntries] ([Key], [Type], [EventId], [Date], [EndDate], [Kind], [Title], [Detail], [Location], [NeverApplied], [Confidence])
                SELECT {day("e.[StartsOn]")} | e.[Id], {(int)TimelineEntryType.Event}, e.[Id], e.[StartsOn], e.[EndsOn], e.[Kind], e.[Title], e.[Summary], e.[Location], {False(postgres)}, e.[Confidence]
                FROM [Events] e WHERE e.[ArchivedAt] IS NULL{events("e.[Id]")}
                """, postgres), ct);
            await db.Database.ExecuteSqlRawAsync(Quote($"""
                INSERT INTO [TimelineEntryEconomies] ([EconomyCode], [Key])
                SELECT x.[EconomiesCode], t.[Key] FROM [TimelineEntries] t JOIN [EventEconomies] x ON x.[TradeEventId] = t.[EventId]
                WHERE t.[EventId] IS NOT NULL{events("t.[EventId]")}
                """, postgres), ct);
        }

        if (measures is not null)
        {
            await db.Database.ExecuteSqlRawAsync(Quote($"""
                INSERT INTO [TimelineEntries] ([Key], [Type], [StepId], [MeasureId], [Date], [AnnouncedOn], [Title], [Detail], [RatePercent], [NeverApplied], [ImposerCode], [TargetCode], [Confidence])
                SELECT {day("s.[TimelineDate]")} | {1L << 32} | s.[Id], {(int)TimelineEntryType.RateChange}, s.[Id], m.[Id], s.[TimelineDate], s.[AnnouncedOn], m.[Name], m.[LegalBasis], s.[RatePercent], s.[NeverApplied], m.[ImposingEconomyCode], m.[TargetEconomyCode], m.[Confidence]
                FROM [RateSteps] s JOIN [Measures] m ON m.[Id] = s.[TariffMeasureId]
                WHERE s.[ArchivedAt] IS NULL AND m.[ArchivedAt] IS NULL{measures("m.[Id]")}
                """, postgres), ct);
            await db.Database.ExecuteSqlRawAsync(Quote($"""
                INSERT INTO [TimelineEntryEconomies] ([EconomyCode], [Key])
                SELECT t.[ImposerCode], t.[Key] FROM [TimelineEntries] t WHERE t.[MeasureId] IS NOT NULL{measures("t.[MeasureId]")}
                UNION
                SELECT t.[TargetCode], t.[Key] FROM [TimelineEntries] t WHERE t.[MeasureId] IS NOT NULL AND t.[TargetCode] IS NOT NULL{measures("t.[MeasureId]")}
                """, postgres), ct);
        }
    }

    /// <summary>The condition "among these ids" for a column (empty for every row), or null when there are none.</summary>
    private static Func<string, string>? Among(List<int>? ids) =>
        ids is null ? _ => ""
        : ids.Count == 0 ? null
        : column => $" AND {column} IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";

    private static string False(bool postgres) => postgres ? "FALSE" : "0";

    /// <summary>[Name] as each store quotes names.</summary>
    private static string Quote(string sql, bool postgres) => postgres ? sql.Replace('[', '"').Replace(']', '"') : sql;

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

            await WriteAsync(db, eventIds, measureIds, ct);
        }
    }
}
