using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

/// <summary>The rows seeded before (<see cref="SeedRecord"/>) and the hash of the shipped content last applied to or
/// offered for each: decides, per shipped row, whether the seeder creates it, updates it, holds the update for editors
/// or leaves it alone.</summary>
internal sealed class SeedLedger(Dictionary<string, SeedRecord> records, AppDbContext db, DateTimeOffset now)
{
    // The ledger's kinds are the audit log's, so a held update names its row as the audit log does.
    public const string MeasureKind = AuditKinds.Measure;
    public const string EventKind = AuditKinds.Event;
    public const string DeadlineKind = AuditKinds.Deadline;

    private readonly HashSet<string> created = [];

    public int Updated { get; private set; }
    public int Held { get; private set; }

    public bool WasCreated(string kind, string key) => created.Contains($"{kind}:{key}");

    /// <summary>True when the caller should write the shipped content: create the row (<paramref name="row"/> null and
    /// never seeded), or update it (seeded, its shipped content changed, it differs, and no editor touched it). A row
    /// an editor changed is left alone and the shipped version held as a <see cref="ReferenceUpdate"/> (once per
    /// version); a seeded row that is gone (an editor deleted it) stays gone. The new hash is recorded either way, so
    /// the next run does nothing.</summary>
    public async Task<bool> ReconcileAsync(
        string kind, string key, EditableEntity? row, Func<SeedContent.Fields> current, SeedContent.Fields shipped, bool untouched, CancellationToken ct)
    {
        var ledgerKey = $"{kind}:{key}";
        var hash = SeedContent.Hash(shipped);
        if (!records.TryGetValue(ledgerKey, out var record))
        {
            record = new SeedRecord { Key = ledgerKey, SeededAt = now, ContentHash = hash };
            records[ledgerKey] = record;
            db.SeedRecords.Add(record);
            if (row is null)
            {
                created.Add(ledgerKey);
            }

            // A row with that key that an editor made before the seed shipped it is theirs.
            return row is null;
        }

        if (row is null || record.ContentHash == hash)
        {
            return false;
        }

        record.ContentHash = hash;
        var fields = current();
        if (fields.SequenceEqual(shipped))
        {
            return false;
        }

        if (untouched)
        {
            Updated++;
            return true;
        }

        if (!await db.ReferenceUpdates.AnyAsync(u => u.Key == ledgerKey && u.ContentHash == hash, ct))
        {
            var (currentValues, proposed) = SeedContent.Differences(fields, shipped);
            db.ReferenceUpdates.Add(new ReferenceUpdate
            {
                Key = ledgerKey,
                EntityKind = kind,
                EntityId = row.Id,
                ContentHash = hash,
                Proposed = JsonSerializer.Serialize(proposed),
                Current = JsonSerializer.Serialize(currentValues),
                FoundAt = now,
            });
            Held++;
        }

        return false;
    }
}

/// <summary>Sources by URL (deduplicated), plus the curated ones by key; a source not in the store yet is added.</summary>
internal sealed class SourceCatalog(List<Source> existing, AppDbContext db)
{
    private readonly Dictionary<string, Source> byUrl = existing.GroupBy(s => s.Url).ToDictionary(g => g.Key, g => g.First());
    private readonly Dictionary<string, Source> byKey = [];

    public int Created { get; private set; }

    public Source For(ISourcedRow row) =>
        Get(row.SourcePublisher, row.SourceTitle.StartsWith('[') ? "" : row.SourceTitle, row.SourceUrl, null);

    public Source ByKey(string key) => byKey[key];

    public void RegisterCurated(CuratedData curated)
    {
        foreach (var s in curated.Sources)
        {
            byKey[s.Key] = Get(s.Publisher, s.Title, s.Url, s.PublishedOn);
        }
    }

    private Source Get(string publisher, string title, string url, DateOnly? publishedOn)
    {
        if (!byUrl.TryGetValue(url, out var source))
        {
            source = new Source { Publisher = publisher, Title = title, Url = url, PublishedOn = publishedOn };
            byUrl[url] = source;
            db.Sources.Add(source);
            Created++;
        }

        return source;
    }
}
