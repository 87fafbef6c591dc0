using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Rates in force: loads a pair's measures and applies <see cref="RateCalculator"/>. The API, the pair page, the
/// dashboard and the economy pages all ask <see cref="GetRateAsync"/>, so they give the same answer.</summary>
public sealed class RateService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>What one economy charged another at an instant in a view (<see cref="AsOf"/>): the snapshot, whether the
    /// pair is tracked, when its data was last reviewed and, for <paramref name="hsDigits"/> (normalized,
    /// <see cref="HsCode.TryNormalize"/>), the rate on that product with the shipped lines matching it.</summary>
    public async Task<RateAnswer> GetRateAsync(string imposer, string target, AsOf asOf, string? hsDigits = null, CancellationToken ct = default)
    {
        var snapshot = await GetSnapshotAsync(imposer, target, asOf, ct);
        var (coverage, reviewedOn) = await GetPairFactsAsync(imposer, target, ct);
        var product = hsDigits is null ? null : ProductRate.For(snapshot, hsDigits, await GetProductLinesAsync(hsDigits, ct));
        return new RateAnswer(snapshot, coverage, reviewedOn, product);
    }

    /// <summary>The rate one economy charges another at an instant, with its layers. Reads only the layers in force
    /// during the instant's UTC day, kept by <see cref="ReadCache"/> for that day until the next change; the calculation
    /// itself runs for the exact instant. The legal view reads the rates read model (<see cref="RateReadModel"/>: one range
    /// read); as known then, which also needs the steps not yet announced and the steps that follow them (whether an end
    /// was known), reads the stored rows.</summary>
    public async Task<RateSnapshot> GetSnapshotAsync(string imposer, string target, AsOf asOf, CancellationToken ct = default)
    {
        var day = asOf.At.UtcDateTime.Date;
        var dayStart = new DateTimeOffset(day, TimeSpan.Zero);
        var measures = asOf.KnownThen
            ? await cache.GetAsync($"rates-day-known:{imposer}:{target}:{day:yyyy-MM-dd}", loadCt => LoadInForceAsync(imposer, target, dayStart, loadCt), ct)
            : await cache.GetAsync($"rates-day:{imposer}:{target}:{day:yyyy-MM-dd}", loadCt => LoadLayersAsync(imposer, target, dayStart, loadCt), ct);
        return RateCalculator.Compute(imposer, target, asOf, measures);
    }

    private async Task<List<TariffMeasure>> LoadLayersAsync(string imposer, string target, DateTimeOffset dayStart, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RateReadModel.ReadAsync(db, imposer, target, dayStart, dayStart.AddDays(1), ct);
    }

    /// <summary>How much of the pair is tracked (<see cref="RateCalculator.CoverageOf"/>) and the latest review day of
    /// its measures, global ones included.</summary>
    private Task<(RateCoverage Coverage, DateOnly? ReviewedOn)> GetPairFactsAsync(string imposer, string target, CancellationToken ct = default) =>
        cache.GetAsync($"pair-facts:{imposer}:{target}", async loadCt =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(loadCt);
            var measures = await db.Measures.AsNoTracking()
                .Where(m => m.ImposingEconomyCode == imposer && (m.TargetEconomyCode == target || m.TargetEconomyCode == null))
                .Select(m => new TariffMeasure
                {
                    ImposingEconomyCode = m.ImposingEconomyCode,
                    TargetEconomyCode = m.TargetEconomyCode,
                    ExemptedEconomyCodes = m.ExemptedEconomyCodes,
                    ReviewedOn = m.ReviewedOn,
                })
                .ToListAsync(loadCt);
            var applying = measures.Where(m => RateCalculator.AppliesTo(m, imposer, target)).ToList();
            return (RateCalculator.CoverageOf(applying, imposer, target), applying.Max(m => m.ReviewedOn));
        }, ct);

    /// <summary>The shipped lines matching a code (<see cref="HsCode.Matches"/>), read through the index on Digits: the
    /// lines under it (a range) and the lines it is under (its prefixes); never a whole list.</summary>
    private Task<List<ProductLine>> GetProductLinesAsync(string hsDigits, CancellationToken ct) =>
        cache.GetAsync($"product-lines:{hsDigits}", async loadCt =>
        {
            var upper = hsDigits + ":";
            var prefixes = HsCode.PrefixesOf(hsDigits);
            await using var db = await dbFactory.CreateDbContextAsync(loadCt);
            return await db.ProductLines.AsNoTracking()
                .Where(l => (string.Compare(l.Digits, hsDigits) >= 0 && string.Compare(l.Digits, upper) < 0) || prefixes.Contains(l.Digits))
                .ToListAsync(loadCt);
        }, ct);

    /// <summary>The pair's measures (global ones included) that have a step in force at some instant of the UTC day from
    /// <paramref name="dayStart"/>, each with only those steps, their sources, and the steps starting when one of them
    /// ends (<see cref="RateCalculator.KnownUntil"/>).</summary>
    private async Task<List<TariffMeasure>> LoadInForceAsync(string imposer, string target, DateTimeOffset dayStart, CancellationToken ct)
    {
        var dayEnd = dayStart.AddDays(1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.ImposingEconomyCode == imposer && (m.TargetEconomyCode == target || m.TargetEconomyCode == null))
            .Where(m => m.Steps.Any(s => s.InForceFrom < dayEnd && (s.InForceUntil == null || s.InForceUntil > dayStart)))
            .Include(m => m.Steps.Where(s => s.InForceFrom < dayEnd && (s.InForceUntil == null || s.InForceUntil > dayStart))).ThenInclude(s => s.Sources)
            .Include(m => m.Sources)
            .Include(m => m.AffectedMeasures)
            .AsSplitQuery()
            .ToListAsync(ct);

        var ends = measures.SelectMany(m => m.Steps).Select(s => s.InForceUntil).OfType<DateTimeOffset>().Distinct().ToList();
        if (ends.Count > 0)
        {
            var ids = measures.Select(m => m.Id).ToList();
            var byId = measures.ToDictionary(m => m.Id);
            var loaded = measures.SelectMany(m => m.Steps).Select(s => s.Id).ToHashSet();
            var next = await db.RateSteps.AsNoTracking()
                .Where(s => ids.Contains(s.TariffMeasureId) && s.InForceFrom != null && ends.Contains(s.InForceFrom.Value))
                .ToListAsync(ct);
            foreach (var step in next.Where(s => !loaded.Contains(s.Id)))
            {
                byId[step.TariffMeasureId].Steps.Add(step);
            }
        }

        return measures;
    }

    /// <summary>Every measure one economy applies to another (global ones included), with whole schedules and sources,
    /// as the pair page and its chart show them: all-goods measures first, never-applied ones after the rest.</summary>
    public Task<List<TariffMeasure>> GetPairMeasuresAsync(string imposer, string target, CancellationToken ct = default) =>
        cache.GetAsync($"pair-measures:{imposer}:{target}", loadCt => LoadPairMeasuresAsync(imposer, target, loadCt), ct);

    private async Task<List<TariffMeasure>> LoadPairMeasuresAsync(string imposer, string target, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.ImposingEconomyCode == imposer && (m.TargetEconomyCode == target || m.TargetEconomyCode == null))
            .Include(m => m.Steps).ThenInclude(s => s.Sources)
            .Include(m => m.Sources)
            .Include(m => m.AffectedMeasures)
            .AsSplitQuery()
            .ToListAsync(ct);
        return measures.Where(m => RateCalculator.AppliesTo(m, imposer, target))
            .OrderBy(m => m.Coverage)
            .ThenBy(m => m.CanApply ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The pairs that have at least one bilateral measure, imposer first.</summary>
    public Task<List<(string Imposer, string Target)>> GetPairsAsync(CancellationToken ct = default) =>
        cache.GetAsync("pairs", LoadPairsAsync, ct);

    private async Task<List<(string Imposer, string Target)>> LoadPairsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pairs = await db.Measures.AsNoTracking()
            .Where(m => m.TargetEconomyCode != null)
            .Select(m => new { m.ImposingEconomyCode, m.TargetEconomyCode })
            .Distinct()
            .ToListAsync(ct);
        return pairs.Select(p => (p.ImposingEconomyCode, p.TargetEconomyCode!)).OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
    }
}
