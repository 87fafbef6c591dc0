using System.Text.Json;

namespace TradeTracker.Web.Data.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Archived,
    Restored,
    Purged,
}

/// <summary>One change to one audited row, written in the same transaction as the change: who, when, what, each
/// changed field before and after, and the row as it stood afterwards (to restore that version later).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";

    /// <summary>"measure", "rate-step", "event", "deadline", "source" or "economy".</summary>
    public string EntityKind { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>JSON list of <see cref="FieldChange"/>.</summary>
    public string Changes { get; set; } = "[]";

    /// <summary>JSON object: field name to value, after the change (before it, for a purge).</summary>
    public string Snapshot { get; set; } = "{}";

    /// <summary>The snapshot's fields as plain text (a string without its JSON quotes, a number as written; null where the
    /// field is null), for describing the row to readers.</summary>
    public Dictionary<string, string?> SnapshotText() =>
        (JsonSerializer.Deserialize<Dictionary<string, string?>>(Snapshot, AuditTrail.Json) ?? []).ToDictionary(f => f.Key, f => PlainText(f.Value));

    /// <summary>The row as it stood before this change: the snapshot with each changed field's earlier value (what
    /// undoing the change puts back).</summary>
    public string SnapshotBefore()
    {
        var before = JsonSerializer.Deserialize<Dictionary<string, string?>>(Snapshot, AuditTrail.Json) ?? [];
        foreach (var change in JsonSerializer.Deserialize<List<FieldChange>>(Changes, AuditTrail.Json) ?? [])
        {
            before[change.Field] = change.Before;
        }

        return JsonSerializer.Serialize(before, AuditTrail.Json);
    }

    private static string? PlainText(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var value = JsonDocument.Parse(json);
        return value.RootElement.ValueKind switch
        {
            JsonValueKind.String => value.RootElement.GetString(),
            JsonValueKind.Null => null,
            _ => value.RootElement.GetRawText(),
        };
    }

    /// <summary>Why, where the change says (e.g. "Restored the version of 2025-06-01 12:00 UTC").</summary>
    public string? Note { get; set; }
}

/// <summary>A field's value before and after, as JSON text (null where there was none).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
