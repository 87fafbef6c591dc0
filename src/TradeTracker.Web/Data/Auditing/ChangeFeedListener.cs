using Microsoft.Extensions.Options;
using Npgsql;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>On PostgreSQL, hears the batches other instances commit (<see cref="ChangeFeedInterceptor"/> sends them with
/// <c>pg_notify</c>) and publishes them into this instance's <see cref="ChangeFeed"/>, so its read cache clears and its
/// open pages reload exactly as for a local save. One dedicated connection per instance (<c>LISTEN</c>, then wait;
/// Npgsql's keepalive notices a silently dead connection). When the connection drops it reconnects with backoff and,
/// listening again, publishes <see cref="ChangeBatch.Missed"/>: a notification sent while it was away is lost, so
/// nothing read before may be trusted. On SQLite (one instance per file) it does nothing.</summary>
public sealed class ChangeFeedListener(ChangeFeed feed, IOptions<DatabaseOptions> database, TimeProvider time, ILogger<ChangeFeedListener> logger)
    : BackgroundService
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private NpgsqlConnection? connection;

    /// <summary>The listening connection's <c>application_name</c>, so an operator (or a test) finds it in
    /// <c>pg_stat_activity</c>.</summary>
    public string ApplicationName { get; } = $"tradetracker feed {feed.Instance}";

    private bool Enabled => database.Value.Provider == StoreProvider.Postgres;

    /// <summary>Listens before the host serves its first request, so nothing this instance reads can miss a change
    /// committed elsewhere; if the store cannot be reached yet, the background loop keeps trying.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Enabled)
        {
            try
            {
                connection = await ListenAsync(cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                logger.LogWarning(ex, "Could not listen for other instances' changes at start; retrying in the background");
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (connection is null)
                {
                    connection = await ListenAsync(stoppingToken);
                    logger.LogInformation("Listening for other instances' changes again: clearing the read cache and reloading open pages");
                    feed.Publish(ChangeBatch.Missed);
                }

                retry = FirstRetry;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                logger.LogWarning(ex, "Lost the connection that hears other instances' changes; reconnecting in {Retry}", retry);
                await DropConnectionAsync();
                try
                {
                    await Task.Delay(retry, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            }
        }

        await DropConnectionAsync();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken ct)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString)
        {
            // A physical connection of its own, outside the pool the app's queries share.
            Pooling = false,
            Enlist = false,
            KeepAlive = 10,
            ApplicationName = ApplicationName,
        };
        var listening = new NpgsqlConnection(connectionString.ToString());
        try
        {
            await listening.OpenAsync(ct);
            listening.Notification += OnNotification;
            await using var listen = new NpgsqlCommand($"LISTEN {ChangeFeedMessage.Channel}", listening);
            await listen.ExecuteNonQueryAsync(ct);
            return listening;
        }
        catch
        {
            await listening.DisposeAsync();
            throw;
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (ChangeFeedMessage.Parse(e.Payload) is not { } message)
        {
            logger.LogWarning("Ignored a notification on {Channel} that is not a change batch", e.Channel);
            return;
        }

        if (message.Instance == feed.Instance)
        {
            return;
        }

        logger.LogInformation("Heard {Total} changes committed on {Instance}, {LagMs:0.0} ms after the commit",
            message.Total, message.Instance, (time.GetUtcNow() - message.CommittedAt).TotalMilliseconds);
        feed.Publish(message.Batch);
    }

    private async Task DropConnectionAsync()
    {
        if (connection is not null)
        {
            connection.Notification -= OnNotification;
            await connection.DisposeAsync();
            connection = null;
        }
    }

    public override void Dispose()
    {
        connection?.Dispose();
        base.Dispose();
    }
}
