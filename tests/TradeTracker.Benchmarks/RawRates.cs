using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary><see cref="RateService.GetSnapshotAsync"/> as prepared commands: the pair's measures (global ones included)
/// with a step in force during the instant's UTC day, those steps, step and measure sources and affected measures, in
/// the same five reads as the app's split query, the steps that start when one of them ends, then the same
/// <see cref="RateCalculator.Compute"/>.</summary>
public sealed class RawRates
{
    private const string InDay = "r.ArchivedAt IS NULL AND r.InForceFrom < $end AND (r.InForceUntil IS NULL OR r.InForceUntil > $start)";

    private const string PairMeasures =
        "m.ArchivedAt IS NULL AND m.ImposingEconomyCode = $imposer AND (m.TargetEconomyCode = $target OR m.TargetEconomyCode IS NULL)";

    private const string PairMeasuresInDay = $"{PairMeasures} AND EXISTS (SELECT 1 FROM RateSteps r WHERE r.TariffMeasureId = m.Id AND {InDay})";

    private const string StepColumns = "r.Id, r.TariffMeasureId, r.RatePercent, r.InForceFrom, r.InForceUntil, r.TimeZoneId, r.NeverApplied, r.TimelineDate";

    private const string PgInDay = """r."ArchivedAt" IS NULL AND r."InForceFrom" < @end AND (r."InForceUntil" IS NULL OR r."InForceUntil" > @start)""";

    private const string PgPairMeasures =
        """m."ArchivedAt" IS NULL AND m."ImposingEconomyCode" = @imposer AND (m."TargetEconomyCode" = @target OR m."TargetEconomyCode" IS NULL)""";

    private const string PgPairMeasuresInDay = $"""{PgPairMeasures} AND EXISTS (SELECT 1 FROM "RateSteps" r WHERE r."TariffMeasureId" = m."Id" AND {PgInDay})""";

    private const string PgStepColumns =
        """r."Id", r."TariffMeasureId", r."RatePercent", r."InForceFrom", r."InForceUntil", r."TimeZoneId", r."NeverApplied", r."TimelineDate" """;

    private static readonly string[] Parameters = ["imposer", "target", "start", "end"];

    private readonly BenchStore store;
    private readonly RawCommand measures;
    private readonly RawCommand steps;
    private readonly RawCommand stepSources;
    private readonly RawCommand measureSources;
    private readonly RawCommand affected;
    private readonly RawCommand next;

    public RawRates(BenchStore store)
    {
        this.store = store;
        measures = store.Prepare(
            "SELECT m.Id, m.Key, m.ImposingEconomyCode, m.TargetEconomyCode, m.ExemptedEconomyCodes, m.Name, m.LegalBasis, m.Coverage, " +
            $"m.Combination, m.Status FROM Measures m WHERE {PairMeasuresInDay}",
            """SELECT m."Id", m."Key", m."ImposingEconomyCode", m."TargetEconomyCode", m."ExemptedEconomyCodes", m."Name", m."LegalBasis", m."Coverage", """ +
            $"""m."Combination", m."Status" FROM "Measures" m WHERE {PgPairMeasuresInDay}""", Parameters);
        steps = store.Prepare(
            $"SELECT {StepColumns} FROM RateSteps r JOIN Measures m ON m.Id = r.TariffMeasureId WHERE {InDay} AND {PairMeasures}",
            $"""SELECT {PgStepColumns} FROM "RateSteps" r JOIN "Measures" m ON m."Id" = r."TariffMeasureId" WHERE {PgInDay} AND {PgPairMeasures}""", Parameters);
        stepSources = store.Prepare(
            "SELECT rs.RateStepId, s.Id, s.Publisher, s.Title, s.Url FROM RateStepSources rs JOIN Sources s ON s.Id = rs.SourcesId " +
            "JOIN RateSteps r ON r.Id = rs.RateStepId JOIN Measures m ON m.Id = r.TariffMeasureId " +
            $"WHERE s.ArchivedAt IS NULL AND {InDay} AND {PairMeasures}",
            """SELECT rs."RateStepId", s."Id", s."Publisher", s."Title", s."Url" FROM "RateStepSources" rs JOIN "Sources" s ON s."Id" = rs."SourcesId" """ +
            """JOIN "RateSteps" r ON r."Id" = rs."RateStepId" JOIN "Measures" m ON m."Id" = r."TariffMeasureId" """ +
            $"""WHERE s."ArchivedAt" IS NULL AND {PgInDay} AND {PgPairMeasures}""", Parameters);
        measureSources = store.Prepare(
            "SELECT ms.TariffMeasureId, s.Id, s.Publisher, s.Title, s.Url FROM MeasureSources ms JOIN Sources s ON s.Id = ms.SourcesId " +
            $"JOIN Measures m ON m.Id = ms.TariffMeasureId WHERE s.ArchivedAt IS NULL AND {PairMeasuresInDay}",
            """SELECT ms."TariffMeasureId", s."Id", s."Publisher", s."Title", s."Url" FROM "MeasureSources" ms JOIN "Sources" s ON s."Id" = ms."SourcesId" """ +
            $"""JOIN "Measures" m ON m."Id" = ms."TariffMeasureId" WHERE s."ArchivedAt" IS NULL AND {PgPairMeasuresInDay}""", Parameters);
        affected = store.Prepare(
            "SELECT ma.MeasureId, ma.AffectedMeasureId FROM MeasureAffects ma JOIN Measures m ON m.Id = ma.MeasureId " +
            $"JOIN Measures a ON a.Id = ma.AffectedMeasureId WHERE a.ArchivedAt IS NULL AND {PairMeasuresInDay}",
            """SELECT ma."MeasureId", ma."AffectedMeasureId" FROM "MeasureAffects" ma JOIN "Measures" m ON m."Id" = ma."MeasureId" """ +
            $"""JOIN "Measures" a ON a."Id" = ma."AffectedMeasureId" WHERE a."ArchivedAt" IS NULL AND {PgPairMeasuresInDay}""", Parameters);
        next = store.Prepare(
            $"SELECT {StepColumns} FROM RateSteps r WHERE r.ArchivedAt IS NULL AND r.TariffMeasureId IN (SELECT value FROM json_each($ids)) " +
            "AND r.InForceFrom IN (SELECT value FROM json_each($ends))",
            $"""SELECT {PgStepColumns} FROM "RateSteps" r WHERE r."ArchivedAt" IS NULL AND r."TariffMeasureId" = ANY(@ids) AND r."InForceFrom" = ANY(@ends)""",
            "ids", "ends");
    }

    public RateSnapshot Snapshot(string imposer, string target, DateTimeOffset at)
    {
        var dayStart = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero);
        foreach (var command in new[] { measures, steps, stepSources, measureSources, affected })
        {
            command["imposer"] = imposer;
            command["target"] = target;
            command["start"] = store.InstantValue(dayStart);
            command["end"] = store.InstantValue(dayStart.AddDays(1));
        }

        var byId = new Dictionary<int, TariffMeasure>();
        using (var reader = measures.Read())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)] = new TariffMeasure
                {
                    Id = reader.GetInt32(0),
                    Key = reader.GetString(1),
                    ImposingEconomyCode = reader.GetString(2),
                    TargetEconomyCode = RawReads.NullableString(reader, 3),
                    ExemptedEconomyCodes = store.StringList(reader, 4),
                    Name = reader.GetString(5),
                    LegalBasis = reader.GetString(6),
                    Coverage = Enum.Parse<Coverage>(reader.GetString(7)),
                    Combination = Enum.Parse<Combination>(reader.GetString(8)),
                    Status = Enum.Parse<MeasureStatus>(reader.GetString(9)),
                };
            }
        }

        var sourcesOfSteps = RawReads.SourcesById(stepSources);
        var inDay = ReadSteps(steps, sourcesOfSteps);
        foreach (var step in inDay)
        {
            byId[step.TariffMeasureId].Steps.Add(step);
        }

        var ends = inDay.Select(s => s.InForceUntil).OfType<DateTimeOffset>().Distinct().ToList();
        if (ends.Count > 0)
        {
            next["ids"] = store.IdList(byId.Keys);
            next["ends"] = store.InstantList(ends);
            var loaded = inDay.Select(s => s.Id).ToHashSet();
            foreach (var step in ReadSteps(next, null).Where(s => !loaded.Contains(s.Id)))
            {
                byId[step.TariffMeasureId].Steps.Add(step);
            }
        }

        foreach (var (measureId, sources) in RawReads.SourcesById(measureSources))
        {
            byId[measureId].Sources = sources;
        }

        using (var reader = affected.Read())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)].AffectedMeasures.Add(new TariffMeasure { Id = reader.GetInt32(1) });
            }
        }

        return RateCalculator.Compute(imposer, target, at, byId.Values);
    }

    /// <summary>Steps read with <see cref="StepColumns"/>; sources by step id when given.</summary>
    private List<RateStep> ReadSteps(RawCommand command, Dictionary<int, List<Source>>? sources)
    {
        var read = new List<RateStep>();
        using var reader = command.Read();
        while (reader.Read())
        {
            var step = new RateStep
            {
                Id = reader.GetInt32(0),
                TariffMeasureId = reader.GetInt32(1),
                RatePercent = reader.IsDBNull(2) ? null : reader.GetDecimal(2),
                InForceFrom = store.NullableInstant(reader, 3),
                InForceUntil = store.NullableInstant(reader, 4),
                TimeZoneId = reader.GetString(5),
                NeverApplied = reader.GetBoolean(6),
                TimelineDate = reader.GetFieldValue<DateOnly>(7),
            };
            if (sources is not null)
            {
                step.Sources = sources.GetValueOrDefault(step.Id, []);
            }

            read.Add(step);
        }

        return read;
    }
}
