using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>Hands the audit entries of a committed transaction to the <see cref="ChangeFeed"/>; forgets them when the
/// transaction rolls back or fails. Every audited save runs in a transaction (<see cref="AuditInterceptor"/> opens one
/// when the caller has none), so every committed change is announced once. On PostgreSQL it also sends the batch to
/// the other instances with <c>pg_notify</c> inside the transaction, just before it commits: PostgreSQL delivers a
/// notification only if its transaction commits, and only after it has, so no instance hears of a change it cannot
/// read yet, nor of one rolled back (<see cref="ChangeFeedListener"/> hears it).</summary>
public sealed class ChangeFeedInterceptor(ChangeFeed feed, TimeProvider time) : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        using var notify = Notification(transaction, eventData);
        notify?.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await using var notify = Notification(transaction, eventData);
        if (notify is not null)
        {
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

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

    /// <summary>The <c>pg_notify</c> for the transaction's changes; null on SQLite or when it changed nothing audited.</summary>
    private NpgsqlCommand? Notification(DbTransaction transaction, TransactionEventData eventData) =>
        transaction is NpgsqlTransaction { Connection: { } connection } npgsql && eventData.Context is AppDbContext db && db.Audit.Unannounced.Peek() is { } batch
            ? new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection, npgsql)
            {
                Parameters =
                {
                    new("channel", ChangeFeedMessage.Channel),
                    new("payload", ChangeFeedMessage.Payload(feed.Instance, time.GetUtcNow(), batch)),
                },
            }
            : null;

    private static void Forget(TransactionEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.Audit.Unannounced.Take();
        }
    }
}
