namespace TradeTracker.Web.Services.Import;

/// <summary>Undoes imports a dead process left half written: before the app serves its first request (on SQLite every
/// unfinished one; on PostgreSQL those no instance has written a batch of for <see cref="ImportUndo.StaleAfter"/>), then
/// once a minute for runs whose instance died while this one runs. An import is thereby kept whole or not at all.</summary>
public sealed class InterruptedImports(ImportUndo undo, TimeProvider time, ILogger<InterruptedImports> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await UndoAsync(atStart: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await UndoAsync(atStart: false, stoppingToken);
        }
    }

    private async Task UndoAsync(bool atStart, CancellationToken ct)
    {
        try
        {
            if (await undo.UndoUnfinishedAsync(atStart, ct) is > 0 and var count)
            {
                logger.LogWarning("Undid {Count} interrupted CSV import(s)", count);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A busy or unreachable store: the next sweep tries again; the import stays unfinished until then.
            logger.LogError(ex, "Could not undo the interrupted CSV imports; trying again in a minute");
        }
    }
}
