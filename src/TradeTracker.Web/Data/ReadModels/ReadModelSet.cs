using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace TradeTracker.Web.Data.ReadModels;

/// <summary>Every registered <see cref="IReadModel"/>: their work for a save, and their rebuilds.</summary>
public sealed class ReadModelSet(IEnumerable<IReadModel> models, TimeProvider time, ILogger<ReadModelSet> logger)
{
    private readonly IReadOnlyList<IReadModel> models = models.ToList();

    /// <summary>The work each model has for the save the context is about to make.</summary>
    internal List<IReadModelWork> Capture(AppDbContext db) => models.Select(m => m.Capture(db)).OfType<IReadModelWork>().ToList();

    /// <summary>Rebuilds the models whose stored version is not theirs (every one, with <paramref name="all"/>), each in its
    /// own transaction, and records the version. Returns the names rebuilt.</summary>
    public async Task<IReadOnlyList<string>> RebuildAsync(IDbContextFactory<AppDbContext> dbFactory, bool all, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.ReadModelStates.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Version, ct);
        var rebuilt = new List<string>();
        foreach (var model in models.Where(m => all || stored.GetValueOrDefault(m.Name) != m.Version))
        {
            var clock = Stopwatch.StartNew();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await model.RebuildAsync(db, ct);
            await db.ReadModelStates.Where(s => s.Name == model.Name).ExecuteDeleteAsync(ct);
            db.ReadModelStates.Add(new ReadModelState { Name = model.Name, Version = model.Version, BuiltAt = time.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogInformation("Read model {Name} rebuilt at version {Version} in {Seconds:0.0} s", model.Name, model.Version, clock.Elapsed.TotalSeconds);
            rebuilt.Add(model.Name);
        }

        return rebuilt;
    }
}
