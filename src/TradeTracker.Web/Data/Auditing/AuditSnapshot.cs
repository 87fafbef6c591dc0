using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>Puts a row back as an audit snapshot recorded it: fields, links to other rows (those that still exist
/// and are not archived) and owned lists. Extension and disagreement lists are history of their own and stay as they
/// are. The caller decides whether to save; the editors turn the result into input and save it through their rules.</summary>
public static class AuditSnapshot
{
    public static async Task ApplyAsync(AppDbContext db, EntityEntry entry, string snapshotJson, CancellationToken ct)
    {
        var snapshot = JsonSerializer.Deserialize<Dictionary<string, string?>>(snapshotJson, AuditTrail.Json) ?? [];
        foreach (var (field, json) in snapshot)
        {
            if (entry.Metadata.FindProperty(field) is { } property && !property.IsPrimaryKey())
            {
                entry.Property(field).CurrentValue = json is null ? null : JsonSerializer.Deserialize(json, property.ClrType, AuditTrail.Json);
            }
            else if (entry.Metadata.FindSkipNavigation(field) is { } skip)
            {
                var keys = json is null ? [] : JsonSerializer.Deserialize<List<string>>(json, AuditTrail.Json) ?? [];
                var collection = entry.Collection(field).CurrentValue!;
                var clear = collection.GetType().GetMethod(nameof(ICollection<object>.Clear))!;
                var add = collection.GetType().GetMethod(nameof(ICollection<object>.Add))!;
                clear.Invoke(collection, null);
                foreach (var row in await FindAllAsync(db, skip.TargetEntityType, keys, ct))
                {
                    add.Invoke(collection, [row]);
                }
            }
            else if (entry.Metadata.FindNavigation(field) is { TargetEntityType: var target } navigation && target.IsOwned())
            {
                entry.Navigation(field).CurrentValue = json is null ? null : JsonSerializer.Deserialize(json, navigation.ClrType, AuditTrail.Json);
            }
        }
    }

    private static async Task<List<object>> FindAllAsync(AppDbContext db, IEntityType type, List<string> keys, CancellationToken ct)
    {
        var keyType = type.FindPrimaryKey()!.Properties[0].ClrType;
        var rows = new List<object>();
        foreach (var key in keys)
        {
            if (await db.FindAsync(type.ClrType, [Convert.ChangeType(key, keyType, CultureInfo.InvariantCulture)], ct) is { } row
                && row is not Domain.EditableEntity { IsArchived: true })
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
