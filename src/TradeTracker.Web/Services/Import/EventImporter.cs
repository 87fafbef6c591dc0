using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>An events CSV record: the reference events.csv columns plus economies and links.</summary>
internal sealed class EventRecord
{
    [Name("external_id", "id"), Optional] public string? ExternalId { get; set; }
    [Name("date"), Optional] public string? Date { get; set; }
    [Name("end_date"), Optional] public string? EndDate { get; set; }
    [Name("kind"), Optional] public string? Kind { get; set; }
    [Name("title"), Optional] public string? Title { get; set; }
    [Name("location"), Optional] public string? Location { get; set; }
    [Name("participants"), Optional] public string? Participants { get; set; }
    [Name("summary"), Optional] public string? Summary { get; set; }
    [Name("economies"), Optional] public string? Economies { get; set; }
    [Name("measure_keys"), Optional] public string? MeasureKeys { get; set; }
    [Name("deadline_ids"), Optional] public string? DeadlineIds { get; set; }
    [Name("confidence"), Optional] public string? Confidence { get; set; }
    [Name("source_publisher"), Optional] public string? SourcePublisher { get; set; }
    [Name("source_title"), Optional] public string? SourceTitle { get; set; }
    [Name("source_url"), Optional] public string? SourceUrl { get; set; }
}

internal sealed class EventImporter(ImportLookups lookups, EventEditor editor) : EditorImporter<TradeEvent, EventInput>(lookups, editor)
{
    public static readonly string[] Columns =
    [
        "external_id", "date", "end_date", "kind", "title", "location", "participants", "summary", "economies",
        "measure_keys", "deadline_ids", "confidence", "source_publisher", "source_title", "source_url",
    ];

    public static readonly string[] Required = ["external_id|id", "date", "kind", "title", "summary", "source_url"];

    /// <summary>What a file without an economies column (the reference events.csv) is about: the US–China pair.</summary>
    public static readonly string[] ReferencePair = ["USA", "CHN"];

    private static readonly Dictionary<string, string> InputColumnMap = new()
    {
        [nameof(EventInput.StartsOn)] = "date",
        [nameof(EventInput.EndsOn)] = "end_date",
        [nameof(EventInput.Kind)] = "kind",
        [nameof(EventInput.Title)] = "title",
        [nameof(EventInput.Location)] = "location",
        [nameof(EventInput.Summary)] = "summary",
        [nameof(EventInput.Participants)] = "participants",
        [nameof(EventInput.EconomyCodes)] = "economies",
        [nameof(EventInput.MeasureIds)] = "measure_keys",
        [nameof(EventInput.DeadlineIds)] = "deadline_ids",
        [nameof(EventInput.Confidence)] = "confidence",
        [nameof(EventInput.SourceIds)] = "source_url",
    };

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["eventid"] = "external_id",
        ["referenceid"] = "external_id",
        ["startdate"] = "date",
        ["startson"] = "date",
        ["endson"] = "end_date",
        ["type"] = "kind",
        ["measures"] = "measure_keys",
        ["deadlines"] = "deadline_ids",
        ["url"] = "source_url",
        ["publisher"] = "source_publisher",
    };

    private bool hasEconomiesColumn;

    public override IReadOnlyList<string> RequiredColumns => Required;

    public override IReadOnlyList<string> KnownColumns { get; } = [.. Columns, "id"];

    public override IReadOnlyDictionary<string, string> HeaderAliases => Aliases;

    protected override IReadOnlyDictionary<string, string> InputColumns => InputColumnMap;

    public override string NaturalKeyMeaning => "same date and title";

    public override async Task LoadExistingAsync(AppDbContext db, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking().IgnoreQueryFilters().Select(e => new { e.Id, e.ReferenceId, e.StartsOn, e.Title }).ToListAsync(ct);
        foreach (var e in events)
        {
            if (e.ReferenceId is not null)
            {
                ExistingExternal.TryAdd(e.ReferenceId, e.Id);
            }

            ExistingNatural.TryAdd(NaturalKeyOf(e.StartsOn, e.Title), e.ReferenceId ?? $"event {e.Id}");
        }
    }

    public override void OnHeader(IReadOnlySet<string> columns)
    {
        base.OnHeader(columns);
        hasEconomiesColumn = columns.Contains("economies");
    }

    /// <summary>Links to deadlines without an external id cannot be written in a file: an update keeps them.</summary>
    protected override void KeepWhatTheFileCannotSay(EventInput stored, EventInput incoming)
    {
        var named = Lookups.DeadlinesByRef.Values.ToHashSet();
        incoming.DeadlineIds = [.. incoming.DeadlineIds.Union(stored.DeadlineIds.Where(id => !named.Contains(id)))];
    }

    /// <summary>Participants are compared as people, not as spacing.</summary>
    protected override object? Comparable(string property, object? value) =>
        property == nameof(EventInput.Participants) ? Participant.FormatList(Participant.ParseList(value as string)) : base.Comparable(property, value);

    public override PendingRow Read(CsvReader csv, ImportRow row)
    {
        var r = RecordOf<EventRecord>(csv);
        var cells = new CellReader(row);
        var pending = new PendingEvent(row);
        row.ExternalId = ExternalIdOf(r.ExternalId, row);

        var startsOn = cells.Date("date", r.Date, required: true);
        var endsOn = cells.Date("end_date", r.EndDate);
        var kind = EventKind.Announcement;
        if (cells.Text("kind", r.Kind, required: true) is { } kindText)
        {
            if (string.Equals(kindText, "deadline", StringComparison.OrdinalIgnoreCase))
            {
                // One reference row is of kind "deadline", which the app has no kind for; the seeder files it as an announcement.
                row.Warn("kind", "'deadline' is not an event kind here; read as announcement.");
            }
            else if (!CsvFormat.TryParseKind(kindText, out kind))
            {
                row.Error("kind", $"'{CellReader.Clip(kindText)}' is not an event kind; use one of negotiation_round, call, announcement, agreement, retaliation, export_control, data_release, statement.");
            }
        }

        var title = cells.Text("title", r.Title, required: true) ?? "";
        var economies = ReadEconomies(row, r.Economies);
        var measureIds = ReadMeasureKeys(row, "measure_keys", r.MeasureKeys);
        var deadlineIds = new List<int>();
        foreach (var reference in CsvFormat.SplitList(r.DeadlineIds))
        {
            if (Lookups.DeadlinesByRef.TryGetValue(reference, out var id))
            {
                deadlineIds.Add(id);
            }
            else
            {
                row.Error("deadline_ids", $"no deadline has the external id '{CellReader.Clip(reference)}'; import the deadlines first.");
            }
        }

        ReadSources(pending, r.SourcePublisher, r.SourceTitle, r.SourceUrl);
        pending.Input = new EventInput
        {
            StartsOn = startsOn,
            EndsOn = endsOn,
            Kind = kind,
            Title = title,
            Location = cells.Text("location", r.Location),
            Summary = cells.Text("summary", r.Summary, required: true) ?? "",
            Participants = cells.Text("participants", r.Participants) ?? "",
            EconomyCodes = economies,
            MeasureIds = measureIds,
            DeadlineIds = deadlineIds.Distinct().ToList(),
            Confidence = cells.Confidence("confidence", r.Confidence),
        };
        row.Summary = $"{(startsOn is { } on ? ZonedTime.FormatDate(on) : "(no date)")} · {(row.ErrorColumns.Contains("kind") ? "Event" : Labels.Of(kind))}: {title}";
        pending.ExternalKey = row.ExternalId.Length > 0 ? row.ExternalId : null;
        pending.NaturalKey = startsOn is { } d ? NaturalKeyOf(d, title) : "";
        return pending;
    }

    public override void StampExternalId(object entity, string externalId)
    {
        if (entity is TradeEvent { ReferenceId: null } ev)
        {
            ev.ReferenceId = externalId;
        }
    }

    private List<string> ReadEconomies(ImportRow row, string? cell)
    {
        if (!hasEconomiesColumn)
        {
            row.Warn("economies", "no economies column: read as USA;CHN, the pair the reference data is about.");
            return [.. ReferencePair];
        }

        var codes = new List<string>();
        foreach (var code in CsvFormat.SplitList(cell))
        {
            if (Lookups.EconomyZones.ContainsKey(code))
            {
                codes.Add(code.ToUpperInvariant());
            }
            else
            {
                row.Error("economies", $"'{CellReader.Clip(code)}' is not a known economy; use ISO 3166-1 alpha-3 codes such as USA, CHN or EUN.");
            }
        }

        if (codes.Count == 0 && !row.ErrorColumns.Contains("economies"))
        {
            row.Error("economies", "name at least one economy involved (e.g. USA;CHN).");
        }

        return codes.Distinct().ToList();
    }

    private static string NaturalKeyOf(DateOnly startsOn, string title) => $"{CsvFormat.Date(startsOn)}|{title.Trim().ToLowerInvariant()}";

    private sealed class PendingEvent(ImportRow row) : PendingRow<EventInput>(row)
    {
        protected override void SetSourceIds(List<int> ids) => Input.SourceIds = ids;
    }
}
