using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Deadlines as they stood at an instant.</summary>
public sealed class DeadlineService(IDbContextFactory<AppDbContext> dbFactory, ReadCache cache)
{
    /// <summary>Every deadline set by the instant (<see cref="DeadlineSchedule.At"/>), upcoming first (soonest first), then passed ones (latest first).</summary>
    /// <remarks>The views only change at a due or decision instant (<see cref="DeadlineSchedule.StableWindow"/>), so the
    /// last ones computed are reused while the instant asked about stays in their window: the dashboard asks at "now"
    /// on every request, and 10,000 deadlines cost milliseconds to recompute. The list is shared: read it, never change it.</remarks>
    public async Task<IReadOnlyList<DeadlineView>> GetAllAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var stored = await GetStoredAsync(ct);
        if (lastViews is { } last && ReferenceEquals(last.Stored, stored) && last.From <= asOf && asOf < last.Until)
        {
            return last.Views;
        }

        var views = Order(DeadlineSchedule.AtAll(stored, asOf));
        var (from, until) = DeadlineSchedule.StableWindow(stored, asOf);
        lastViews = new ViewsWindow(stored, from, until, views);
        return views;
    }

    /// <summary>Views computed for one window of instants, from one load of the stored deadlines.</summary>
    private sealed record ViewsWindow(List<Deadline> Stored, DateTimeOffset From, DateTimeOffset Until, IReadOnlyList<DeadlineView> Views);

    private volatile ViewsWindow? lastViews;

    /// <summary>The featured deadline as it stood at the instant; null when none is featured or it had not been set by then.</summary>
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

        var stored = await LoadAsync(d => (tracked && !d.Measures.Any() && !d.Events.Any())
                || d.Measures.Any(m => codes.Contains(m.ImposingEconomyCode) || (m.TargetEconomyCode != null && codes.Contains(m.TargetEconomyCode)))
                || d.Events.Any(e => e.Economies.Any(x => codes.Contains(x.Code))), ct);
        return Order(DeadlineSchedule.AtAll(stored, asOf));
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
