using System.Text;
using System.Text.Json;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>A committed batch as it travels between instances in a PostgreSQL notification: the instance that committed
/// it (which ignores its own), the instant just before its commit (the listener logs the lag from it), and the batch,
/// with as many of its notices as fit in the payload.</summary>
public sealed record ChangeFeedMessage(string Instance, DateTimeOffset CommittedAt, IReadOnlyList<ChangeNotice> Notices, int Total)
{
    /// <summary>The channel every instance of one database sends on and listens to (notifications do not cross
    /// databases, so two stores on one server do not hear each other).</summary>
    public const string Channel = "tradetracker_changes";

    /// <summary>PostgreSQL refuses a payload of 8,000 bytes or more (and the whole transaction with it).</summary>
    public const int MaxPayloadBytes = 7_900;

    public ChangeBatch Batch => new(Notices, Total);

    /// <summary>The JSON payload: the batch's notices, dropped from the end until it fits (the total still counts them);
    /// one notice always fits (names are at most 500 characters).</summary>
    public static string Payload(string instance, DateTimeOffset committedAt, ChangeBatch batch)
    {
        for (var kept = batch.Notices.Count; ; kept--)
        {
            var json = JsonSerializer.Serialize(new ChangeFeedMessage(instance, committedAt, batch.Notices.Take(kept).ToList(), batch.Total));
            if (kept <= 1 || Encoding.UTF8.GetByteCount(json) <= MaxPayloadBytes)
            {
                return json;
            }
        }
    }

    /// <summary>The message in a payload; null for one that is not ours (someone else's NOTIFY on the channel).</summary>
    public static ChangeFeedMessage? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ChangeFeedMessage>(payload) is { Instance: not null, Notices: not null } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
