using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Deadlines as they stood at an instant.</summary>
public sealed class DeadlineService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>Every deadline, upcoming first (soonest first), then passed ones (latest first).</summary>
    public async Task<List<DeadlineView>> GetAllAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var views = (await GetStoredAsync(ct)).Select(d => DeadlineSchedule.At(d, asOf)).ToList();
        return Order(views);
    }

    public async Task<DeadlineView?> GetFeaturedAsync(DateTimeOffset asOf, CancellationToken ct = default) =>
        (await GetStoredAsync(ct)).FirstOrDefault(d => d.IsFeatured) is { } featured ? DeadlineSchedule.At(featured, asOf) : null;

    /// <summary>Every stored deadline with its sources and extensions, shared until the next change.</summary>
    private Task<List<Deadline>> GetStoredAsync(CancellationToken ct) => cache.GetAsync("deadlines", loadCt => LoadAsync(null, loadCt), ct);

    /// <summary>The deadlines that concern any of some economies, as they stood at an instant (same order as
    /// <see cref="GetAllAsync"/>): those linked to a measure or event of theirs, and the unlinked ones when the economies
    /// have measures (the tracker's deadlines are about the relationships whose measures it tracks).</summary>
    public async Task<List<DeadlineView>> GetForEconomiesAsync(IReadOnlyCollection<string> codes, DateTimeOffset asOf, CancellationToken ct = default)
    {
        bool tracked;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            tracked = await db.Measures.AnyAsync(m => codes.Contains(m.ImposingEconomyCode) || (m.TargetEconomyCode != null && codes.Contains(m.TargetEconomyCode)), ct);
        }

        var views = (await LoadAsync(d => (tracked && !d.Measures.Any() && !d.Events.Any())
                || d.Measures.Any(m => codes.Contains(m.ImposingEconomyCode) || (m.TargetEconomyCode != null && codes.Contains(m.TargetEconomyCode)))
                || d.Events.Any(e => e.Economies.Any(x => codes.Contains(x.Code))), ct))
            .Select(d => DeadlineSchedule.At(d, asOf)).ToList();
        return Order(views);
    }

    private static List<DeadlineView> Order(List<DeadlineView> views) =>
        views.Where(v => v.State == DeadlineState.Upcoming).OrderBy(v => v.DueAt)
            .Concat(views.Where(v => v.State != DeadlineState.Upcoming).OrderByDescending(v => v.DueAt))
            .ToList();

    private async Task<List<Deadline>> LoadAsync(System.Linq.Expressions.Expression<Func<Deadline, bool>>? filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        IQueryable<Deadline> query = db.Deadlines.AsNoTracking();
        if (filter is not null)
        {
            query = query.Where(filter);
        }

        return await query
            .Include(d => d.Sources)
            .Include(d => d.Extensions).ThenInclude(x => x.Source)
            .AsSplitQuery()
            .ToListAsync(ct);
    }
}
