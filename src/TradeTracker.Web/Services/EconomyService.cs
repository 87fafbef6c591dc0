using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

public sealed class EconomyService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<List<Economy>> GetAllAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Economies.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);
    }

    public async Task<Economy?> FindAsync(string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Economies.AsNoTracking().FirstOrDefaultAsync(e => e.Code == normalized, ct);
    }
}
