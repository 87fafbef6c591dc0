using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>The rates read model (<see cref="RateReadModel"/>) against <see cref="RateCalculator.Compute"/> over the stored
/// rows, after writes made through the app's own editors and import, and a rebuild against what the writes kept.</summary>
public sealed class RateReadModelTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string Imposer = "NZL";
    private static readonly string[] Targets = ["AUS", "FJI", "PNG", "WSM"];
    private static readonly string[] HeadlineSteps = ["external_id", "measure_key", "rate_percent", "effective_date", "until_date", "source_url"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static System.Security.Claims.ClaimsPrincipal Editor => TradeTrackerFactory.User("editor");

    private static System.Security.Claims.ClaimsPrincipal Admin => TradeTrackerFactory.User("admin");

    [Fact]
    public async Task RandomWrites_EachOne_ModelAnswersAsTheCalculatorAtEveryChangeAndARebuildKeepsTheSameRows()
    {
        var random = new Random(12);
        var measures = factory.GetService<MeasureEditor>();
        var steps = factory.GetService<RateStepEditor>();
        var sources = factory.GetService<SourceEditor>();
        var source = await sources.CreateAsync(Editor, new SourceInput { Publisher = "Model test", Title = "Notice 0", Url = "https://example.org/model/0" }, Ct);
        var otherSource = await factory.AnySourceIdAsync();
        var made = new List<TariffMeasure>();
        var log = new List<string>();

        async Task<TariffMeasure> CreateMeasureAsync()
        {
            var global = random.Next(4) == 0;
            var coverage = random.Next(3) == 0 ? Coverage.AllGoods : Coverage.ListedProducts;
            var combination = made.Count == 0 ? Combination.Adds : (Combination)random.Next(3);
            var input = new MeasureInput
            {
                Key = CsvFiles.NewId("MODEL"),
                ImposingEconomyCode = Imposer,
                TargetEconomyCode = global ? null : Targets[random.Next(Targets.Length)],
                ExemptedEconomyCodes = global ? Targets.Where(_ => random.Next(3) == 0).ToList() : [],
                Name = $"Model measure {made.Count}",
                LegalBasis = "Model order",
                Coverage = coverage,
                HsPrefixes = coverage == Coverage.ListedProducts ? "8517" : "",
                Combination = combination,
                AffectedMeasureIds = combination == Combination.Adds ? [] : [made[random.Next(made.Count)].Id],
                Status = random.Next(6) == 0 ? MeasureStatus.NeverApplied : MeasureStatus.InEffect,
                SourceIds = random.Next(2) == 0 ? [source.Id] : [source.Id, otherSource],
            };
            var measure = await measures.CreateAsync(Editor, input, Ct);
            made.Add(measure);
            return measure;
        }

        RateStepInput StepInput(int measureId, int year)
        {
            var from = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            var input = new RateStepInput { MeasureId = measureId, RatePercent = random.Next(1, 100) / 4m, FromDate = from, SourceIds = [source.Id] };
            switch (random.Next(8))
            {
                case 0:
                    input.NeverApplied = true;
                    input.FromDate = null;
                    input.AnnouncedOn = from;
                    break;
                case 1:
                    input.RatePercent = null;
                    input.Notes = "Per ton, not ad valorem.";
                    break;
                default:
                    input.UntilDate = random.Next(2) == 0 ? null : from.AddDays(random.Next(30, 400));
                    break;
            }

            return input;
        }

        async Task<RateStep?> AnyStepAsync(bool archived = false)
        {
            await using var db = factory.CreateDbContext();
            var ids = made.Select(m => m.Id).ToList();
            var found = await db.RateSteps.IgnoreQueryFilters().AsNoTracking()
                .Where(s => ids.Contains(s.TariffMeasureId) && (s.ArchivedAt != null) == archived).OrderBy(s => s.Id).ToListAsync(Ct);
            return found.Count == 0 ? null : found[random.Next(found.Count)];
        }

        async Task<TariffMeasure?> AnyMeasureAsync(bool archived = false)
        {
            await using var db = factory.CreateDbContext();
            var ids = made.Select(m => m.Id).ToList();
            var found = await db.Measures.IgnoreQueryFilters().AsNoTracking().Include(m => m.Sources).Include(m => m.AffectedMeasures)
                .Where(m => ids.Contains(m.Id) && (m.ArchivedAt != null) == archived).OrderBy(m => m.Id).ToListAsync(Ct);
            return found.Count == 0 ? null : found[random.Next(found.Count)];
        }

        while (made.Count < 6)
        {
            await CreateMeasureAsync();
        }

        for (var op = 0; op < 45; op++)
        {
            var kind = random.Next(12);
            try
            {
                switch (kind)
                {
                    case 0:
                        await CreateMeasureAsync();
                        break;
                    case 1 or 2 or 3:
                        await steps.CreateAsync(Editor, StepInput(made[random.Next(made.Count)].Id, 2018 + random.Next(9)), Ct);
                        break;
                    case 4 when await AnyStepAsync() is { } step:
                    {
                        var input = RateStepInput.From(step);
                        input.RatePercent = input.RatePercent is null ? null : random.Next(1, 100) / 4m;
                        input.UntilDate = input.FromDate?.AddDays(random.Next(1, 200));
                        await steps.UpdateAsync(Editor, step.Id, step.Version, input, Ct);
                        break;
                    }

                    case 5 when await AnyMeasureAsync() is { } measure:
                    {
                        var input = MeasureInput.From(measure);
                        input.Name = $"{measure.Name} (edited {op})";
                        if (measure.TargetEconomyCode is null)
                        {
                            input.ExemptedEconomyCodes = Targets.Where(_ => random.Next(2) == 0).ToList();
                        }
                        else
                        {
                            input.TargetEconomyCode = Targets[random.Next(Targets.Length)];
                        }

                        input.Status = random.Next(5) == 0 ? MeasureStatus.Threatened : MeasureStatus.InEffect;
                        await measures.UpdateAsync(Editor, measure.Id, measure.Version, input, Ct);
                        break;
                    }

                    case 6 when await AnyMeasureAsync() is { } measure:
                        await measures.DeleteAsync(Editor, measure.Id, measure.Version, Ct);
                        break;
                    case 7 when await AnyStepAsync() is { } step:
                        await steps.DeleteAsync(Editor, step.Id, step.Version, Ct);
                        break;
                    case 8 when await AnyMeasureAsync(archived: true) is { } measure:
                        if (random.Next(3) == 0)
                        {
                            await measures.PurgeAsync(Admin, measure.Id, Ct);
                        }
                        else
                        {
                            await measures.RestoreAsync(Editor, measure.Id, Ct);
                        }

                        break;
                    case 11 when await AnyStepAsync(archived: true) is { } step:
                        await steps.RestoreAsync(Editor, step.Id, Ct);
                        break;
                    case 9:
                    {
                        await using var db = factory.CreateDbContext();
                        var (input, version) = (await sources.FindInAsync(db, source.Id, Ct))!.Value;
                        input.Title = $"Notice {op}";
                        await sources.UpdateAsync(Editor, source.Id, version, input, Ct);
                        break;
                    }

                    case 10:
                    {
                        var target = made[random.Next(made.Count)];
                        var rows = Enumerable.Range(0, 3).Select(n =>
                            $"{CsvFiles.NewId("MODELSTEP")},{target.Key},{random.Next(1, 60)},{2010 + (3 * n) + random.Next(2)}-0{1 + random.Next(9)}-15,{2012 + (3 * n)}-01-01,https://example.org/model/import");
                        var report = await factory.CommitAsync(ImportKind.RateSteps, string.Join(",", HeadlineSteps) + "\n" + string.Join("\n", rows));
                        log.Add($"import committed: {report.Committed}");
                        break;
                    }

                    default:
                        continue;
                }
            }
            catch (ValidationFailedException)
            {
                // A random write the app's rules refuse (an overlapping step, say) changes nothing: check that too.
            }

            log.Add($"op {op}: {kind}");
            await AssertModelAnswersAsTheCalculatorAsync(string.Join("\n", log));
        }

        var kept = await ModelRowsAsync();
        await factory.GetService<ReadModelSet>().RebuildAsync(factory.GetService<IDbContextFactory<AppDbContext>>(), all: true, Ct);
        var rebuilt = await ModelRowsAsync();
        Assert.Equal(rebuilt.Count, kept.Count);
        Assert.Equal(rebuilt, kept);
        Assert.Contains(kept, r => r.Contains($"\"ImposerCode\":\"{Imposer}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateStep_ModelWriteFails_LeavesNoStepNoAuditEntryAndNoModelRows()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Failing model surcharge");
        var sourceId = await factory.AnySourceIdAsync();
        var audited = await AuditEntriesAsync();
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(factory.Store.Provider == StoreProvider.Postgres
                ? $"""
                   CREATE FUNCTION fail_rate_layer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'model write refused'; END $$;
                   CREATE TRIGGER fail_rate_layer BEFORE INSERT ON "RateLayerSpans" FOR EACH ROW WHEN (NEW."MeasureId" = {measure.Id}) EXECUTE FUNCTION fail_rate_layer();
                   """
                : $"CREATE TRIGGER fail_rate_layer BEFORE INSERT ON RateLayerSpans WHEN NEW.MeasureId = {measure.Id} BEGIN SELECT RAISE(ABORT, 'model write refused'); END;",
                Ct);
        }

        try
        {
            var failed = await Assert.ThrowsAnyAsync<Exception>(() => factory.GetService<RateStepEditor>().CreateAsync(Editor, new RateStepInput
            {
                MeasureId = measure.Id,
                RatePercent = 12.5m,
                FromDate = new DateOnly(2025, 2, 1),
                SourceIds = [sourceId],
            }, Ct));
            Assert.Contains("model write refused", failed.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await using var db = factory.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync(factory.Store.Provider == StoreProvider.Postgres
                ? """DROP TRIGGER fail_rate_layer ON "RateLayerSpans"; DROP FUNCTION fail_rate_layer();"""
                : "DROP TRIGGER fail_rate_layer;", Ct);
        }

        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(0, await db.RateSteps.IgnoreQueryFilters().CountAsync(s => s.TariffMeasureId == measure.Id, Ct));
            Assert.Equal(0, await db.Set<RateLayerMeasure>().CountAsync(m => m.MeasureId == measure.Id, Ct));
            Assert.Equal(0, await db.Set<RateLayerSpan>().CountAsync(s => s.MeasureId == measure.Id, Ct));
        }

        Assert.Equal(audited, await AuditEntriesAsync());

        // The same write once the model takes it: all three are there.
        await factory.GetService<RateStepEditor>().CreateAsync(Editor, new RateStepInput
        {
            MeasureId = measure.Id, RatePercent = 12.5m, FromDate = new DateOnly(2025, 2, 1), SourceIds = [sourceId],
        }, Ct);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(1, await db.Set<RateLayerSpan>().CountAsync(s => s.MeasureId == measure.Id, Ct));
        }

        Assert.Equal(audited + 1, await AuditEntriesAsync());
    }

    private async Task<int> AuditEntriesAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.AuditEntries.CountAsync(Ct);
    }

    /// <summary>Every pair the test's imposer has (each target, global measures included), at every instant a step of it
    /// starts or ends and just before: the model's layers stacked by the calculator against the calculator over the stored
    /// rows loaded afresh.</summary>
    private async Task AssertModelAnswersAsTheCalculatorAsync(string log)
    {
        await using var db = factory.CreateDbContext();
        foreach (var target in Targets)
        {
            var stored = await db.Measures.AsNoTracking()
                .Where(m => m.ImposingEconomyCode == Imposer && (m.TargetEconomyCode == target || m.TargetEconomyCode == null))
                .Include(m => m.Steps).ThenInclude(s => s.Sources)
                .Include(m => m.Sources)
                .Include(m => m.AffectedMeasures)
                .AsSplitQuery()
                .ToListAsync(Ct);
            var instants = stored.SelectMany(m => m.Steps)
                .SelectMany(s => new[] { s.InForceFrom, s.InForceUntil })
                .OfType<DateTimeOffset>()
                .SelectMany(at => new[] { at, at.AddSeconds(-1) })
                .Distinct()
                .Order()
                .ToList();
            foreach (var at in instants)
            {
                var expected = Describe(RateCalculator.Compute(Imposer, target, at, stored));
                var model = await RateReadModel.ReadAsync(db, Imposer, target, at, at.AddMinutes(1), Ct);
                var actual = Describe(RateCalculator.Compute(Imposer, target, at, model));
                Assert.True(expected == actual, $"{Imposer}→{target} at {at:O}\nexpected {expected}\nactual   {actual}\nafter\n{log}");
            }
        }
    }

    private static string Describe(RateSnapshot snapshot) =>
        $"{snapshot.HeadlinePercent}% [{string.Join("; ", snapshot.HeadlineLayers.Select(Describe))}] [{string.Join("; ", snapshot.ProductLayers.Select(Describe))}]";

    private static string Describe(RateLayer layer) => string.Join("|",
        layer.Measure.Id, layer.Measure.Name, layer.Measure.Coverage, layer.Measure.Combination, layer.Measure.TargetEconomyCode ?? "*",
        string.Join(",", layer.Measure.ExemptedEconomyCodes), string.Join(",", layer.Measure.HsPrefixes),
        string.Join(",", layer.Measure.AffectedMeasures.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Name}")),
        string.Join(",", Source.InCitedOrder(layer.Measure.Sources).Select(s => $"{s.Id}:{s.Title}")),
        layer.Step.Id, layer.Percent.ToString(CultureInfo.InvariantCulture), layer.Step.InForceFrom?.ToString("O"), layer.Step.InForceUntil?.ToString("O"),
        layer.Step.TimeZoneId, layer.Step.LegalBasisOr(layer.Measure), string.Join(",", Source.InCitedOrder(layer.Step.Sources).Select(s => $"{s.Id}:{s.Title}")));

    /// <summary>Both tables of the model, row by row, in key order.</summary>
    private async Task<List<string>> ModelRowsAsync()
    {
        await using var db = factory.CreateDbContext();
        var measures = await db.Set<RateLayerMeasure>().AsNoTracking().OrderBy(m => m.MeasureId).ToListAsync(Ct);
        var spans = await db.Set<RateLayerSpan>().AsNoTracking().OrderBy(s => s.StepId).ToListAsync(Ct);
        return measures.Select(m => JsonSerializer.Serialize(m)).Concat(spans.Select(s => JsonSerializer.Serialize(s))).ToList();
    }
}
