using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>Recent changes to measures, rate steps, events and deadlines as an Atom feed, newest first, from the audit
/// log (seeding left out). Entries say what changed in plain words and link to the page that shows it. Editors are
/// not named: the audit log's actors are e-mail addresses, and the feed is public, so every entry's author is
/// <see cref="Author"/>. Text goes through <see cref="SafeText.Printable"/>: a character XML 1.0 cannot carry (a row
/// stored before the text rule may hold one) becomes U+FFFD instead of failing the feed.</summary>
public sealed class ChangesFeed(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int Size = 50;
    public const string Author = "TradeTracker editors";
    public const string Title = "TradeTracker: recent changes";

    private static readonly string[] Kinds = [AuditKinds.Measure, AuditKinds.RateStep, AuditKinds.Event, AuditKinds.Deadline];

    public async Task<FeedDocument> BuildAsync(Uri siteBase, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => Kinds.Contains(a.EntityKind) && a.Actor != ReferenceDataSeeder.Actor)
            .OrderByDescending(a => a.Id)
            .Take(Size)
            .ToListAsync(ct);
        var snapshots = entries.ToDictionary(a => a.Id, a => a.SnapshotText());

        // Only the measures the feed's rate steps belong to (a store may hold 100,000).
        var measureIds = entries.Select(a => AuditRowName.MeasureIdOf(a.EntityKind, snapshots[a.Id])).OfType<int>().Distinct().ToList();
        var measureNames = await db.Measures.IgnoreQueryFilters().AsNoTracking().Where(m => measureIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var lastChange = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct)
            ?? DateTimeOffset.UnixEpoch;

        // A tag: URI (RFC 4151) per entry, stable for as long as the site keeps its host name.
        var tagBase = $"tag:{siteBase.Host},2025:tradetracker";
        var feed = new SyndicationFeed(Title, "What editors added, changed or removed, newest first.", siteBase, $"{tagBase}:changes", entries.FirstOrDefault()?.At ?? lastChange);
        feed.Authors.Add(new SyndicationPerson(null, Author, null));
        feed.Links.Add(new SyndicationLink(new Uri(siteBase, "feeds/changes.atom"), "self", Title, "application/atom+xml", 0));
        feed.Items = entries.Select(a =>
        {
            var snapshot = snapshots[a.Id];
            var item = new SyndicationItem
            {
                Id = $"{tagBase}:audit-{a.Id}",
                Title = new TextSyndicationContent(SafeText.Printable(TitleOf(a, snapshot, measureNames))),
                Summary = new TextSyndicationContent(SafeText.Printable(SummaryOf(a))),
                LastUpdatedTime = a.At,
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(siteBase, PageOf(a.EntityKind, snapshot)), "text/html"));
            item.Authors.Add(new SyndicationPerson(null, Author, null));
            return item;
        }).ToList();

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return new FeedDocument(buffer.ToArray(), "application/atom+xml; charset=utf-8", lastChange);
    }

    /// <summary>"Rate step added: Section 301 List 3: 25% from May 10, 2019": the row named as history and live notices name
    /// it (<see cref="AuditRowName"/>).</summary>
    private static string TitleOf(AuditEntry a, Dictionary<string, string?> snapshot, Dictionary<int, string> measureNames)
    {
        var measureName = AuditRowName.MeasureIdOf(a.EntityKind, snapshot) is { } id ? measureNames.GetValueOrDefault(id) : null;
        var extended = a.EntityKind == AuditKinds.Deadline && a.Action == AuditAction.Updated && ChangedFields(a).Contains("Extensions");
        return $"{AuditKinds.Label(a.EntityKind)} {(extended ? "extended" : AuditKinds.Verb(a.Action))}: {AuditRowName.Of(a.EntityKind, snapshot, measureName)}";
    }

    private static string SummaryOf(AuditEntry a)
    {
        var fields = ChangedFields(a).Select(f => Labels.Field(f).ToLowerInvariant()).ToList();
        var when = a.At.UtcDateTime.ToString("MMMM d, yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return a.Action == AuditAction.Updated && fields.Count > 0
            ? $"Changed {string.Join(", ", fields)} on {when}."
            : $"{a.Action} on {when}.";
    }

    private static List<string> ChangedFields(AuditEntry a) =>
        (JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, ChangesJson) ?? []).Select(c => c.Field).ToList();

    private static readonly JsonSerializerOptions ChangesJson = new(JsonSerializerDefaults.Web);

    /// <summary>The page that shows the row: a measure's pair, the deadlines page, or the timeline around the entry.</summary>
    private static string PageOf(string kind, Dictionary<string, string?> snapshot) => kind switch
    {
        AuditKinds.Measure when snapshot.GetValueOrDefault("ImposingEconomyCode") is { } imposer && snapshot.GetValueOrDefault("TargetEconomyCode") is { } target => $"tariffs/{imposer}/{target}",
        AuditKinds.Measure => "tariffs",
        AuditKinds.Deadline => "deadlines",
        AuditKinds.Event when snapshot.GetValueOrDefault("StartsOn") is { } day => $"timeline?from={day}&to={day}",
        AuditKinds.RateStep when snapshot.GetValueOrDefault("TimelineDate") is { } day => $"timeline?kind=RateChange&from={day}&to={day}",
        _ => "timeline",
    };
}
