using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

public sealed class EventService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>The latest events that had started by a day (those involving one economy, if given), newest first.</summary>
    public Task<List<TradeEvent>> GetLatestAsync(DateOnly asOfDate, int count, string? economy = null, CancellationToken ct = default) =>
        cache.GetAsync($"events-latest:{asOfDate:yyyy-MM-dd}:{count}:{economy}", loadCt => LoadLatestAsync(asOfDate, count, economy, loadCt), ct);

    /// <summary>The events between two economies (both involved) that had started by a day and record a disagreement
    /// between sources, newest first, with both sides' sources.</summary>
    public Task<List<TradeEvent>> GetDisagreementsAsync(string imposer, string target, DateOnly asOfDate, CancellationToken ct = default) =>
        cache.GetAsync($"events-disagreements:{imposer}:{target}:{asOfDate:yyyy-MM-dd}", loadCt => LoadDisagreementsAsync(imposer, target, asOfDate, loadCt), ct);

    private async Task<List<TradeEvent>> LoadDisagreementsAsync(string imposer, string target, DateOnly asOfDate, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking()
            .Where(e => e.StartsOn <= asOfDate && e.Disagreements.Any()
                && e.Economies.Any(x => x.Code == imposer) && e.Economies.Any(x => x.Code == target))
            .OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id)
            .Include(e => e.Disagreements).ThenInclude(d => d.ClaimSource)
            .Include(e => e.Disagreements).ThenInclude(d => d.CounterSource)
            .AsSplitQuery()
            .ToListAsync(ct);
    }

    private async Task<List<TradeEvent>> LoadLatestAsync(DateOnly asOfDate, int count, string? economy, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking()
            .Where(e => e.StartsOn <= asOfDate && (economy == null || e.Economies.Any(x => x.Code == economy)))
            .OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id)
            .Take(count)
            .Include(e => e.Sources)
            .Include(e => e.Disagreements).ThenInclude(d => d.ClaimSource)
            .Include(e => e.Disagreements).ThenInclude(d => d.CounterSource)
            .AsSplitQuery()
            .ToListAsync(ct);
    }
}
