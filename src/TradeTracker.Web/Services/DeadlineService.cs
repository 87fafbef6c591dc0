using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Deadlines as they stood at an instant.</summary>
public sealed class DeadlineService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every deadline, upcoming first (soonest first), then passed ones (latest first).</summary>
    public async Task<List<DeadlineView>> GetAllAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var views = (await LoadAsync(null, ct)).Select(d => DeadlineSchedule.At(d, asOf)).ToList();
        return views.Where(v => v.State == DeadlineState.Upcoming).OrderBy(v => v.DueAt)
            .Concat(views.Where(v => v.State != DeadlineState.Upcoming).OrderByDescending(v => v.DueAt))
            .ToList();
    }

    public async Task<DeadlineView?> GetFeaturedAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var featured = await LoadAsync(d => d.IsFeatured, ct);
        return featured.Count == 0 ? null : DeadlineSchedule.At(featured[0], asOf);
    }

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
