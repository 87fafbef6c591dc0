using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>A change seen before saving: the row as it was (<see cref="Before"/>, null for a new row). Once saved,
/// every row, and every row it links to, has its key, and <see cref="ToEntry"/> records the row as it is now.</summary>
internal sealed record PendingAudit(EntityEntry Entry, string Kind, AuditAction Action, Dictionary<string, string?>? Before)
{
    /// <summary>The audit entry, or null for an update that changed nothing recorded.</summary>
    public AuditEntry? ToEntry(DateTimeOffset at, string actor, string? note)
    {
        var after = Action == AuditAction.Purged ? null : AuditTrail.Snapshot(Entry, Before, original: false, isNew: Action == AuditAction.Created);
        var changes = AuditTrail.Diff(Before, after);
        if (Action == AuditAction.Updated && changes.Count == 0)
        {
            return null;
        }

        return new AuditEntry
        {
            At = at,
            Actor = actor,
            EntityKind = Kind,
            EntityId = AuditTrail.KeyOf(Entry),
            Action = Action,
            Changes = JsonSerializer.Serialize(changes, AuditTrail.Json),
            Snapshot = JsonSerializer.Serialize(after ?? Before, AuditTrail.Json),
            Note = note,
        };
    }
}

/// <summary>Works out, from the change tracker, what each save changes in audited rows: the action, the fields that
/// changed (scalars, links to other rows, owned lists) and the row as it stands after the change.</summary>
internal static class AuditTrail
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Bookkeeping columns: stamped on every save, so never a change of their own.</summary>
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(EditableEntity.Id), nameof(EditableEntity.CreatedBy), nameof(EditableEntity.CreatedAt), nameof(EditableEntity.UpdatedBy),
        nameof(EditableEntity.UpdatedAt), nameof(EditableEntity.Version), nameof(EditableEntity.ArchivedAt), nameof(EditableEntity.ArchivedBy),
    ];

    public static List<PendingAudit> Capture(AppDbContext db)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (AuditKinds.Of(entry.Metadata.ClrType) is not { } kind || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            Dictionary<string, string?>? before = null;
            if (entry.State != EntityState.Added)
            {
                // The last recorded version is the "before"; a purge overlays what was loaded, a row never recorded
                // uses the values EF read.
                var previous = PreviousSnapshot(db, kind, KeyOf(entry));
                before = entry.State == EntityState.Deleted || previous is null ? Snapshot(entry, previous, original: true, isNew: false) : previous;
            }

            pending.Add(new PendingAudit(entry, kind, ActionOf(entry), before));
        }

        return pending;
    }

    public static string KeyOf(EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static AuditAction ActionOf(EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            return AuditAction.Created;
        }

        if (entry.State == EntityState.Deleted)
        {
            return AuditAction.Purged;
        }

        if (entry.Entity is EditableEntity && entry.Property(nameof(EditableEntity.ArchivedAt)) is { IsModified: true } archived)
        {
            return (archived.OriginalValue, archived.CurrentValue) switch
            {
                (null, not null) => AuditAction.Archived,
                (not null, null) => AuditAction.Restored,
                _ => AuditAction.Updated,
            };
        }

        return AuditAction.Updated;
    }

    private static Dictionary<string, string?>? PreviousSnapshot(AppDbContext db, string kind, string id)
    {
        var json = db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKind == kind && a.EntityId == id)
            .OrderByDescending(a => a.Id)
            .Select(a => a.Snapshot)
            .FirstOrDefault();
        return json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(json, Json);
    }

    /// <summary>The row's fields as JSON text; links not loaded in this save keep their previous value.</summary>
    public static Dictionary<string, string?> Snapshot(EntityEntry entry, Dictionary<string, string?>? previous, bool original, bool isNew)
    {
        var snapshot = previous is null ? [] : new Dictionary<string, string?>(previous);
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty() && !Bookkeeping.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey()))
        {
            snapshot[property.Metadata.Name] = Serialize(original ? property.OriginalValue : property.CurrentValue);
        }

        foreach (var navigation in entry.Navigations)
        {
            var name = navigation.Metadata.Name;
            var known = isNew || navigation.IsLoaded;
            if (navigation.Metadata is ISkipNavigation { PropertyInfo: not null } && known)
            {
                var keys = ((IEnumerable?)navigation.CurrentValue ?? Array.Empty<object>()).Cast<object>().Select(RowKey).Order(StringComparer.Ordinal).ToList();
                snapshot[name] = Serialize(keys);
            }
            else if (navigation.Metadata.TargetEntityType.IsOwned())
            {
                snapshot[name] = Serialize(navigation.CurrentValue);
            }
            else if (navigation.CurrentValue is IEnumerable<DeadlineExtension> extensions && known)
            {
                snapshot[name] = Serialize(extensions.Select(x => new { x.NewDueAt, x.TimeZoneId, x.DecidedOn, x.Note, x.SourceId }).OrderBy(x => x.DecidedOn).ThenBy(x => x.NewDueAt));
            }
            else if (navigation.CurrentValue is IEnumerable<Disagreement> disagreements && known)
            {
                snapshot[name] = Serialize(disagreements.Select(d => new { d.Claim, d.ClaimSourceId, d.CounterClaim, d.CounterSourceId }));
            }
        }

        return snapshot;
    }

    private static string RowKey(object row) => row switch
    {
        EditableEntity e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Economy e => e.Code,
        _ => row.ToString() ?? "",
    };

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, Json);

    public static List<FieldChange> Diff(IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after)
    {
        var fields = (before?.Keys ?? []).Union(after?.Keys ?? []).Order(StringComparer.Ordinal);
        return fields
            .Select(f => new FieldChange(f, before?.GetValueOrDefault(f), after?.GetValueOrDefault(f)))
            .Where(c => !AuditValues.Same(c.Before, c.After))
            .ToList();
    }
}
