using System.Text.Json;
using Microsoft.Data.Sqlite;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary><see cref="RateService.GetSnapshotAsync"/> as prepared commands: the pair's measures (global ones included),
/// their steps, step and measure sources and affected measures, in the same five reads as the app's split query, then
/// the same <see cref="RateCalculator.Compute"/>.</summary>
public sealed class RawRates
{
    private const string PairMeasures =
        "m.ArchivedAt IS NULL AND m.ImposingEconomyCode = $imposer AND (m.TargetEconomyCode = $target OR m.TargetEconomyCode IS NULL)";

    private readonly SqliteCommand measures;
    private readonly SqliteCommand steps;
    private readonly SqliteCommand stepSources;
    private readonly SqliteCommand measureSources;
    private readonly SqliteCommand affected;

    public RawRates(BenchStore store)
    {
        measures = store.Prepare(
            "SELECT m.Id, m.Key, m.ImposingEconomyCode, m.TargetEconomyCode, m.ExemptedEconomyCodes, m.Name, m.LegalBasis, m.Coverage, " +
            $"m.Combination, m.Status FROM Measures m WHERE {PairMeasures}", "$imposer", "$target");
        steps = store.Prepare(
            "SELECT r.Id, r.TariffMeasureId, r.RatePercent, r.InForceFrom, r.InForceUntil, r.TimeZoneId, r.NeverApplied, r.TimelineDate " +
            $"FROM RateSteps r JOIN Measures m ON m.Id = r.TariffMeasureId WHERE r.ArchivedAt IS NULL AND {PairMeasures}", "$imposer", "$target");
        stepSources = store.Prepare(
            "SELECT rs.RateStepId, s.Id, s.Publisher, s.Title, s.Url FROM RateStepSources rs JOIN Sources s ON s.Id = rs.SourcesId " +
            "JOIN RateSteps r ON r.Id = rs.RateStepId JOIN Measures m ON m.Id = r.TariffMeasureId " +
            $"WHERE s.ArchivedAt IS NULL AND r.ArchivedAt IS NULL AND {PairMeasures}", "$imposer", "$target");
        measureSources = store.Prepare(
            "SELECT ms.TariffMeasureId, s.Id, s.Publisher, s.Title, s.Url FROM MeasureSources ms JOIN Sources s ON s.Id = ms.SourcesId " +
            $"JOIN Measures m ON m.Id = ms.TariffMeasureId WHERE s.ArchivedAt IS NULL AND {PairMeasures}", "$imposer", "$target");
        affected = store.Prepare(
            "SELECT ma.MeasureId, ma.AffectedMeasureId FROM MeasureAffects ma JOIN Measures m ON m.Id = ma.MeasureId " +
            $"JOIN Measures a ON a.Id = ma.AffectedMeasureId WHERE a.ArchivedAt IS NULL AND {PairMeasures}", "$imposer", "$target");
    }

    public RateSnapshot Snapshot(string imposer, string target, DateTimeOffset at)
    {
        foreach (var command in new[] { measures, steps, stepSources, measureSources, affected })
        {
            command.Parameters["$imposer"].Value = imposer;
            command.Parameters["$target"].Value = target;
        }

        var byId = new Dictionary<int, TariffMeasure>();
        using (var reader = measures.ExecuteReader())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)] = new TariffMeasure
                {
                    Id = reader.GetInt32(0),
                    Key = reader.GetString(1),
                    ImposingEconomyCode = reader.GetString(2),
                    TargetEconomyCode = RawReads.NullableString(reader, 3),
                    ExemptedEconomyCodes = JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
                    Name = reader.GetString(5),
                    LegalBasis = reader.GetString(6),
                    Coverage = Enum.Parse<Coverage>(reader.GetString(7)),
                    Combination = Enum.Parse<Combination>(reader.GetString(8)),
                    Status = Enum.Parse<MeasureStatus>(reader.GetString(9)),
                };
            }
        }

        var sourcesOfSteps = RawReads.SourcesById(stepSources);
        using (var reader = steps.ExecuteReader())
        {
            while (reader.Read())
            {
                var step = new RateStep
                {
                    Id = reader.GetInt32(0),
                    TariffMeasureId = reader.GetInt32(1),
                    RatePercent = reader.IsDBNull(2) ? null : reader.GetDecimal(2),
                    InForceFrom = BenchStore.NullableInstant(reader, 3),
                    InForceUntil = BenchStore.NullableInstant(reader, 4),
                    TimeZoneId = reader.GetString(5),
                    NeverApplied = reader.GetBoolean(6),
                    TimelineDate = reader.GetFieldValue<DateOnly>(7),
                };
                step.Sources = sourcesOfSteps.GetValueOrDefault(step.Id, []);
                byId[step.TariffMeasureId].Steps.Add(step);
            }
        }

        foreach (var (measureId, sources) in RawReads.SourcesById(measureSources))
        {
            byId[measureId].Sources = sources;
        }

        using (var reader = affected.ExecuteReader())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)].AffectedMeasures.Add(new TariffMeasure { Id = reader.GetInt32(1) });
            }
        }

        return RateCalculator.Compute(imposer, target, at, byId.Values);
    }
}
