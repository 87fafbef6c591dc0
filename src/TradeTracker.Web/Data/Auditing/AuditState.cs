using Microsoft.EntityFrameworkCore.Storage;
using TradeTracker.Web.Data.ReadModels;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>What one context's save in progress has captured for the audit log.</summary>
internal sealed class AuditState
{
    public List<PendingAudit> Pending { get; } = [];

    public DateTimeOffset At { get; set; }

    /// <summary>The read models' work for the save in progress, done after it in its transaction.</summary>
    public List<IReadModelWork> ReadModelWork { get; } = [];

    /// <summary>Changes saved in the current transaction, announced by <see cref="ChangeFeedInterceptor"/> when it commits.</summary>
    public ChangeBatch.Builder Unannounced { get; } = new();

    /// <summary>A transaction the audit opened because the caller had none; committed once the entries are saved.</summary>
    public IDbContextTransaction? OwnedTransaction { get; set; }

    /// <summary>True while the audit entries themselves are being saved.</summary>
    public bool WritingEntries { get; set; }

    public List<IReadModelWork> TakeReadModelWork()
    {
        var work = ReadModelWork.ToList();
        ReadModelWork.Clear();
        return work;
    }

    public void EndTransaction()
    {
        OwnedTransaction?.Dispose();
        OwnedTransaction = null;
    }
}
