using System.Data.Common;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary><see cref="RateService.GetSnapshotAsync"/> as prepared commands over the rates read model: the pair's layer
/// rows (global ones included) in force during the instant's UTC day, joined to their measures' rows, in one range read;
/// the names of the live measures they replace or except; then the same rows-to-measures step
/// (<see cref="RateReadModel.ToMeasures"/>) and the same <see cref="RateCalculator.Compute"/>.</summary>
public sealed class RawRates
{
    private const string Columns =
        "s.StepId, s.MeasureId, s.ImposerCode, s.TargetKey, s.\"From\", s.Until, s.Percent, s.TimeZoneId, s.LegalBasis, s.TimelineDate, s.AnnouncedOn, " +
        "s.SourcesJson, m.ExemptedEconomyCodes, m.Name, m.LegalBasis, m.Coverage, m.Combination, m.Status, m.Confidence, m.ProductDescription, " +
        "m.HsPrefixes, m.ProductLists, m.InvalidatedOn, m.InvalidatedBy, m.InvalidatedByEventId, m.InvalidationNote, m.AffectedMeasureIds, m.SourcesJson";

    private static readonly string[] Parameters = ["imposer", "target", "start", "end"];

    private readonly BenchStore store;
    private readonly RawCommand layers;
    private readonly RawCommand names;

    public RawRates(BenchStore store)
    {
        this.store = store;
        layers = store.Prepare(
            $"SELECT {Columns} FROM RateLayerSpans s JOIN RateLayerMeasures m ON m.MeasureId = s.MeasureId " +
            "WHERE s.ImposerCode = $imposer AND (s.TargetKey = $target OR s.TargetKey = '*') AND s.Until > $start AND s.\"From\" < $end",
            $"SELECT {Quoted(Columns)} FROM \"RateLayerSpans\" s JOIN \"RateLayerMeasures\" m ON m.\"MeasureId\" = s.\"MeasureId\" " +
            "WHERE s.\"ImposerCode\" = @imposer AND (s.\"TargetKey\" = @target OR s.\"TargetKey\" = '*') AND s.\"Until\" > @start AND s.\"From\" < @end",
            Parameters);
        names = store.Prepare(
            "SELECT Id, Name FROM Measures WHERE ArchivedAt IS NULL AND Id IN (SELECT value FROM json_each($ids))",
            """SELECT "Id", "Name" FROM "Measures" WHERE "ArchivedAt" IS NULL AND "Id" = ANY(@ids)""",
            "ids");
    }

    public RateSnapshot Snapshot(string imposer, string target, DateTimeOffset at)
    {
        var dayStart = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero);
        layers["imposer"] = imposer;
        layers["target"] = target;
        layers["start"] = store.InstantValue(dayStart);
        layers["end"] = store.InstantValue(dayStart.AddDays(1));

        var rows = new List<(RateLayerMeasure, RateLayerSpan)>();
        using (var reader = layers.Read())
        {
            while (reader.Read())
            {
                rows.Add((Measure(reader), Span(reader)));
            }
        }

        var live = new Dictionary<int, string>();
        var affected = rows.SelectMany(r => r.Item1.AffectedMeasureIds).Distinct().ToList();
        if (affected.Count > 0)
        {
            names["ids"] = store.IdList(affected);
            using var reader = names.Read();
            while (reader.Read())
            {
                live[reader.GetInt32(0)] = reader.GetString(1);
            }
        }

        return RateCalculator.Compute(imposer, target, at, RateReadModel.ToMeasures(rows, live));
    }

    private RateLayerSpan Span(DbDataReader reader) => new()
    {
        StepId = reader.GetInt32(0),
        MeasureId = reader.GetInt32(1),
        ImposerCode = reader.GetString(2),
        TargetKey = reader.GetString(3),
        From = store.Instant(reader, 4),
        Until = store.Instant(reader, 5),
        Percent = reader.GetDecimal(6),
        TimeZoneId = reader.GetString(7),
        LegalBasis = RawReads.NullableString(reader, 8),
        TimelineDate = reader.GetFieldValue<DateOnly>(9),
        AnnouncedOn = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
        SourcesJson = reader.GetString(11),
    };

    private RateLayerMeasure Measure(DbDataReader reader) => new()
    {
        MeasureId = reader.GetInt32(1),
        ImposerCode = reader.GetString(2),
        TargetKey = reader.GetString(3),
        ExemptedEconomyCodes = store.List<string>(reader, 12),
        Name = reader.GetString(13),
        LegalBasis = reader.GetString(14),
        Coverage = Enum.Parse<Coverage>(reader.GetString(15)),
        Combination = Enum.Parse<Combination>(reader.GetString(16)),
        Status = Enum.Parse<MeasureStatus>(reader.GetString(17)),
        Confidence = Enum.Parse<Confidence>(reader.GetString(18)),
        ProductDescription = RawReads.NullableString(reader, 19),
        HsPrefixes = store.List<string>(reader, 20),
        ProductLists = store.List<string>(reader, 21),
        InvalidatedOn = reader.IsDBNull(22) ? null : reader.GetFieldValue<DateOnly>(22),
        InvalidatedBy = RawReads.NullableString(reader, 23),
        InvalidatedByEventId = reader.IsDBNull(24) ? null : reader.GetInt32(24),
        InvalidationNote = RawReads.NullableString(reader, 25),
        AffectedMeasureIds = store.List<int>(reader, 26),
        SourcesJson = reader.GetString(27),
    };

    /// <summary>The column list as PostgreSQL wants it: every identifier quoted, as EF Core creates them.</summary>
    private static string Quoted(string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => c.Split('.') is [var table, var column] ? $"{table}.\"{column.Trim('"')}\"" : c));
}
