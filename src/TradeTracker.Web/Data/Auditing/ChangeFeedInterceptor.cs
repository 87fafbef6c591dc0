using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>Hands the audit entries of a committed transaction to the <see cref="ChangeFeed"/>; forgets them when the
/// transaction rolls back or fails. Every audited save runs in a transaction (<see cref="AuditInterceptor"/> opens one
/// when the caller has none), so every committed change is announced once.</summary>
public sealed class ChangeFeedInterceptor(ChangeFeed feed) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Announce(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Announce(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Announce(TransactionEventData eventData)
    {
        if (eventData.Context is AppDbContext db && db.Audit.Unannounced.Take() is { } batch)
        {
            feed.Publish(batch);
        }
    }

    private static void Forget(TransactionEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.Audit.Unannounced.Take();
        }
    }
}
