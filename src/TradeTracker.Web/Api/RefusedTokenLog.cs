namespace TradeTracker.Web.Api;

/// <summary>Refused API tokens, logged at Information at most once a minute per client address: a client retrying with
/// a revoked token, or a flood of made-up ones, writes one line a minute that says how many refusals it stands for,
/// not one line per request. At most <see cref="MaxClients"/> addresses are remembered; past that, the rest share one
/// slot, so the log stays bounded even when the addresses vary.</summary>
public sealed class RefusedTokenLog(ILogger<RefusedTokenLog> logger, TimeProvider time)
{
    public const int MaxClients = 10_000;

    private const string OtherClients = "other addresses";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (DateTimeOffset LoggedAt, int Unlogged)> clients = [];
    private readonly Lock gate = new();

    public void Refused(HttpContext context, string prefix, string reason)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var now = time.GetUtcNow();
        int unlogged;
        lock (gate)
        {
            if (!clients.ContainsKey(client) && clients.Count >= MaxClients)
            {
                foreach (var stale in clients.Where(c => now - c.Value.LoggedAt >= Interval).Select(c => c.Key).ToList())
                {
                    clients.Remove(stale);
                }

                client = clients.Count >= MaxClients ? OtherClients : client;
            }

            if (clients.TryGetValue(client, out var last) && now - last.LoggedAt < Interval)
            {
                clients[client] = last with { Unlogged = last.Unlogged + 1 };
                return;
            }

            unlogged = last.Unlogged;
            clients[client] = (now, 0);
        }

        logger.LogInformation("Refused API token {Prefix} from {RemoteAddress}: {Reason} ({Unlogged} more refusals from there in the minute before were not logged)",
            prefix, client, reason, unlogged);
    }
}
