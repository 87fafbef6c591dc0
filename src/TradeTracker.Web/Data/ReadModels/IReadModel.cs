namespace TradeTracker.Web.Data.ReadModels;

/// <summary>Tables kept from the editable rows in the shape a read needs, so the read is an indexed lookup instead of a
/// computation over the rows (decision 0011). Kept in the transaction of every save that changes what they are built
/// from: <see cref="Auditing.AuditInterceptor"/> asks <see cref="Capture"/> before the save and applies the work after
/// it, before the commit, so a save and its read models commit or fail together. <see cref="RebuildAsync"/> makes them
/// again from nothing (a new store, a new <see cref="Version"/>, the rebuild command, the data generator).</summary>
public interface IReadModel
{
    /// <summary>The model's name in <see cref="ReadModelState"/>.</summary>
    string Name { get; }

    /// <summary>Raised when the tables' shape or meaning changes: a store built at another version is rebuilt at start.</summary>
    int Version { get; }

    /// <summary>What this save changes for the model, read from the change tracker before it saves (rows being deleted,
    /// and the values rows had before, are only there now), or null when it changes nothing the model is built from.</summary>
    IReadModelWork? Capture(AppDbContext db);

    /// <summary>Empties the model's tables and builds them from the stored rows, in the caller's transaction.</summary>
    Task RebuildAsync(AppDbContext db, CancellationToken ct);
}

/// <summary>One save's work on a read model, done after the save (new rows have their keys) in its transaction.</summary>
public interface IReadModelWork
{
    Task ApplyAsync(AppDbContext db, CancellationToken ct);
}
