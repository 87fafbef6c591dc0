using System.Collections;
using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>A source as a row names it; matched to a stored source by URL, else created.</summary>
internal sealed record SourceRef(string Publisher, string Title, string Url);

internal sealed record MeasureRef(int Id, string Key, string ImposerZone);

/// <summary>What the store already holds that rows refer to by name, read once per import rather than once per row.</summary>
internal sealed class ImportLookups
{
    /// <summary>Economy code (any case) to its IANA zone.</summary>
    public Dictionary<string, string> EconomyZones { get; private init; } = [];

    /// <summary>Measures by key; a measures import adds each measure it creates, so later rows can name it.</summary>
    public Dictionary<string, MeasureRef> Measures { get; private init; } = [];

    public Dictionary<string, int> SourcesByUrl { get; private init; } = [];

    /// <summary>Deadlines by external id, for events' deadline_ids.</summary>
    public Dictionary<string, int> DeadlinesByRef { get; private init; } = [];

    /// <summary>Events by external id, for measures' invalidated_by_event.</summary>
    public Dictionary<string, int> EventsByRef { get; private init; } = [];

    public static async Task<ImportLookups> LoadAsync(AppDbContext db, ImportKind kind, CancellationToken ct)
    {
        var measures = await (
                from m in db.Measures
                join e in db.Economies on m.ImposingEconomyCode equals e.Code
                select new MeasureRef(m.Id, m.Key, e.TimeZoneId))
            .ToListAsync(ct);
        var sources = await db.Sources.Select(s => new { s.Id, s.Url }).ToListAsync(ct);
        return new ImportLookups
        {
            EconomyZones = await db.Economies.ToDictionaryAsync(e => e.Code, e => e.TimeZoneId, StringComparer.OrdinalIgnoreCase, ct),
            Measures = measures.ToDictionary(m => m.Key, StringComparer.Ordinal),
            SourcesByUrl = sources.GroupBy(s => s.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(s => s.Id), StringComparer.Ordinal),
            DeadlinesByRef = kind == ImportKind.Events
                ? await db.Deadlines.Where(d => d.ReferenceId != null).ToDictionaryAsync(d => d.ReferenceId!, d => d.Id, StringComparer.Ordinal, ct)
                : [],
            EventsByRef = kind == ImportKind.Measures
                ? await db.Events.Where(e => e.ReferenceId != null).ToDictionaryAsync(e => e.ReferenceId!, e => e.Id, StringComparer.Ordinal, ct)
                : [],
        };
    }
}

/// <summary>A row read and checked as far as the file alone allows, waiting to be saved through its editor.</summary>
internal abstract class PendingRow(ImportRow report)
{
    public ImportRow Report { get; } = report;

    /// <summary>The row's identity by external id (for rate steps, within its measure); null when the row has none.</summary>
    public string? ExternalKey { get; set; }

    /// <summary>The row's identity by content, used for rows without an external id.</summary>
    public string NaturalKey { get; set; } = "";

    public List<SourceRef> Sources { get; } = [];

    /// <summary>The stored row the row updates (with the version it was checked at), or null for a new row.</summary>
    public int? StoredId { get; set; }

    public Guid StoredVersion { get; set; }

    /// <summary>The new row's stand-in id while it is planned (<see cref="PlannedRows"/>).</summary>
    public int StandIn { get; set; }

    /// <summary>The ids of <see cref="Sources"/>, in order, once matched or planned (stand-in ids for new sources).</summary>
    public List<int> SourceIds { get; private set; } = [];

    public void UseSources(List<int> ids)
    {
        SourceIds = ids;
        SetSourceIds(ids);
    }

    /// <summary>Puts the ids into the row's editor input.</summary>
    protected abstract void SetSourceIds(List<int> ids);
}

/// <summary>A pending row holding its kind's editor input.</summary>
internal abstract class PendingRow<TInput>(ImportRow report) : PendingRow(report)
    where TInput : new()
{
    public TInput Input { get; set; } = new();
}

/// <summary>What comparing a row with the stored row of its external id found.</summary>
internal sealed record StoredComparison(Guid Version, bool Archived, IReadOnlyList<string> ChangedColumns);

/// <summary>One kind's CSV format on the way in: its columns, how a record becomes an editor input, which rows the
/// store already has, and how a row is saved (always through the kind's editor, so the admin page's rules apply).</summary>
internal abstract class KindImporter(ImportLookups lookups)
{
    protected ImportLookups Lookups { get; } = lookups;

    /// <summary>External keys of stored rows (archived ones included), with the stored row's id.</summary>
    public Dictionary<string, int> ExistingExternal { get; } = new(StringComparer.Ordinal);

    /// <summary>Natural keys of stored rows, with the stored row's external id (or its database id).</summary>
    public Dictionary<string, string> ExistingNatural { get; } = new(StringComparer.Ordinal);

    /// <summary>The format's columns the file's header has (after mapping near-miss names).</summary>
    protected IReadOnlySet<string> Header { get; private set; } = new HashSet<string>();

    /// <summary>Columns the file must have. "a|b" is satisfied by either name (b being the reference files' name).</summary>
    public abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Every column the format reads, aliases included; any other column is reported and ignored.</summary>
    public abstract IReadOnlyList<string> KnownColumns { get; }

    /// <summary>Other names a header may use for a column (compared without case, spaces, dashes or underscores), e.g.
    /// event_id for external_id; a header read through one is warned about.</summary>
    public abstract IReadOnlyDictionary<string, string> HeaderAliases { get; }

    /// <summary>What "same row" means when a row has no external id, for messages ("same date and title").</summary>
    public abstract string NaturalKeyMeaning { get; }

    public abstract Task LoadExistingAsync(AppDbContext db, CancellationToken ct);

    /// <summary>A row's external id as the store keeps it (trimmed, at most
    /// <see cref="EditableEntity.ReferenceIdMaxLength"/> characters; a longer one is an error on the row).</summary>
    protected static string ExternalIdOf(string? text, ImportRow row)
    {
        var id = text?.Trim() ?? "";
        if (id.Length > EditableEntity.ReferenceIdMaxLength)
        {
            row.Error("external_id", $"{CellReader.Clip(id)} is {id.Length} characters long; an external id has at most {EditableEntity.ReferenceIdMaxLength}.");
        }

        return id;
    }

    /// <summary>Called once with the format's columns the header has.</summary>
    public virtual void OnHeader(IReadOnlySet<string> columns) => Header = columns;

    /// <summary>Reads the current record. Problems go on the row; a row with errors is not saved.</summary>
    public abstract PendingRow Read(CsvReader csv, ImportRow row);

    /// <summary>The current record, every text cell read back as it was before the export
    /// <see cref="CsvCell.Neutralize">neutralized</see> it.</summary>
    protected static T RecordOf<T>(CsvReader csv)
    {
        var converters = csv.Context.TypeConverterCache;
        if (converters.GetConverter<string>() is not CsvCell.RestoringConverter)
        {
            converters.AddConverter<string>(new CsvCell.RestoringConverter());
        }

        return csv.GetRecord<T>();
    }

    /// <summary>The stored entity type, whose versions a commit tracks as its own batches change them.</summary>
    public abstract Type EntityType { get; }

    /// <summary>Saves the row through its editor's <c>CreateInAsync</c> in the caller's context and transaction; the new
    /// row's id.</summary>
    public abstract Task<int> CreateAsync(AppDbContext db, PendingRow row, CancellationToken ct);

    /// <summary>Compares the row with the stored row <paramref name="id"/>. Fields the file has no column for keep their
    /// stored values (the row's input takes them), so an update changes only what the file says.</summary>
    public abstract Task<StoredComparison> CompareAsync(AppDbContext db, PendingRow row, int id, CancellationToken ct);

    /// <summary>Saves the row over the stored row <paramref name="id"/> through its editor's <c>UpdateInAsync</c>, at
    /// <paramref name="version"/>: audited and conflict-checked like an edit on the admin page.</summary>
    public abstract Task UpdateAsync(AppDbContext db, PendingRow row, int id, Guid version, CancellationToken ct);

    /// <summary>Every rule of the kind's editor the row breaks, by input field, saving nothing.</summary>
    public abstract Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(AppDbContext db, PendingRow row, int? id, CancellationToken ct);

    /// <summary>Checks the row against the file's earlier rows that were not saved (the store already checks it against
    /// those that were), so two rows that clash are both reported in one pass.</summary>
    public virtual void CheckAgainstFile(PendingRow row)
    {
    }

    /// <summary>Called once the row is handled; <paramref name="saved"/> is false for a row with errors.</summary>
    public virtual void OnRowDone(PendingRow row, bool saved)
    {
    }

    /// <summary>Records a checked row as planned, so the rules see it when they check the file's later rows as they
    /// would see it saved (<see cref="PlannedRows"/>): a new row gets its stand-in id.</summary>
    public virtual void Plan(PendingRow row, PlannedRows planned)
    {
        if (row.StoredId is null)
        {
            row.StandIn = planned.NewStandIn();
        }
    }

    /// <summary>Replaces the stand-in ids in the row's input by the ids a commit saved their rows under.</summary>
    public virtual void UseSavedIds(PendingRow row, PlannedRows planned) =>
        row.UseSources(row.SourceIds.Select(planned.Stored).Distinct().ToList());

    /// <summary>Gives a newly added entity the row's external id (the editors' inputs carry none).</summary>
    public abstract void StampExternalId(object entity, string externalId);

    /// <summary>The column an editor input property is read from, for naming the cell in an error.</summary>
    public abstract string ColumnOf(string inputField);

    /// <summary>Records a saved row so later rows see it as existing.</summary>
    public void Remember(PendingRow row)
    {
        ExistingNatural.TryAdd(row.NaturalKey, row.Report.ExternalId.Length > 0 ? row.Report.ExternalId : $"row {row.Report.Number}");
    }

    /// <summary>Source columns: one source per line in each of source_publisher, source_title and source_url, the n-th
    /// lines together. A title in square brackets (the reference files' "[no headline in stored excerpt]") means none.</summary>
    protected static void ReadSources(PendingRow pending, string? publishers, string? titles, string? urls)
    {
        var row = pending.Report;
        var urlLines = CsvFormat.SplitLines(urls);
        var publisherLines = CsvFormat.SplitLines(publishers);
        var titleLines = CsvFormat.SplitLines(titles);
        if (urlLines.Count == 0 || urlLines.All(u => u.Length == 0))
        {
            row.Error("source_url", "is required: every fact needs a source.");
            return;
        }

        if (publisherLines.Count > urlLines.Count || titleLines.Count > urlLines.Count)
        {
            row.Error("source_publisher", "has more lines than source_url; give one line per source in each source column.");
            return;
        }

        for (var i = 0; i < urlLines.Count; i++)
        {
            var url = urlLines[i];
            if (url.Length == 0)
            {
                row.Error("source_url", $"line {i + 1} is empty; give one URL per source.");
                continue;
            }

            if (WebAddress.Problem(url) is { } problem)
            {
                // The source editor's rule, checked here too so a stored source with such an address is not cited.
                row.Error("source_url", $"line {i + 1}: '{CellReader.Clip(url)}' {problem}");
                continue;
            }

            var title = i < titleLines.Count ? titleLines[i] : "";
            if (title.StartsWith('[') && title.EndsWith(']'))
            {
                title = "";
            }

            pending.Sources.Add(new SourceRef(i < publisherLines.Count ? publisherLines[i] : "", title, url));
        }
    }

    /// <summary>Measure keys (semicolon-separated) to ids; unknown keys are errors.</summary>
    protected List<int> ReadMeasureKeys(ImportRow row, string column, string? cell)
    {
        var ids = new List<int>();
        foreach (var key in CsvFormat.SplitList(cell))
        {
            if (Lookups.Measures.TryGetValue(key, out var measure))
            {
                ids.Add(measure.Id);
            }
            else
            {
                row.Error(column, $"'{CellReader.Clip(key)}' is not a known measure key (keys look like USA-CHN-S301-L3; see the Measures tab).");
            }
        }

        return ids.Distinct().ToList();
    }
}

/// <summary>The part every kind shares: rows become the kind's editor input and are created, compared, updated and
/// checked through the kind's editor.</summary>
internal abstract class EditorImporter<TEntity, TInput>(ImportLookups lookups, EditorBase<TEntity, TInput> editor) : KindImporter(lookups)
    where TEntity : EditableEntity
    where TInput : class, new()
{
    private static readonly System.Reflection.PropertyInfo[] InputProperties =
        typeof(TInput).GetProperties().Where(p => p.CanRead && p.CanWrite).ToArray();

    /// <summary>The column each input property is read from; a property with none is not in the format, and keeps its
    /// stored value when a row updates a stored row.</summary>
    protected abstract IReadOnlyDictionary<string, string> InputColumns { get; }

    public override string ColumnOf(string inputField) => InputColumns.GetValueOrDefault(inputField, inputField);

    public override Type EntityType => typeof(TEntity);

    public override async Task<int> CreateAsync(AppDbContext db, PendingRow row, CancellationToken ct) =>
        (await editor.CreateInAsync(db, InputOf(row), ct)).Id;

    public override async Task UpdateAsync(AppDbContext db, PendingRow row, int id, Guid version, CancellationToken ct) =>
        await editor.UpdateInAsync(db, id, version, InputOf(row), ct);

    public override Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(AppDbContext db, PendingRow row, int? id, CancellationToken ct) =>
        editor.ValidateInAsync(db, InputOf(row), id, ct);

    public override async Task<StoredComparison> CompareAsync(AppDbContext db, PendingRow row, int id, CancellationToken ct)
    {
        if (await editor.FindInAsync(db, id, ct) is not { } stored)
        {
            // Not among the live rows: the external ids include archived ones, which an import leaves alone.
            return new StoredComparison(Guid.Empty, Archived: true, []);
        }

        var incoming = InputOf(row);
        AsTheFileLeavesIt(id, stored.Input);
        KeepWhatTheFileCannotSay(stored.Input, incoming);
        var changed = new List<string>();
        foreach (var property in InputProperties)
        {
            if (!InputColumns.TryGetValue(property.Name, out var column) || !IsGiven(column))
            {
                property.SetValue(incoming, property.GetValue(stored.Input));
                continue;
            }

            if (!Equals(Comparable(property.Name, property.GetValue(stored.Input)), Comparable(property.Name, property.GetValue(incoming)))
                && !changed.Contains(column))
            {
                changed.Add(column);
            }
        }

        return new StoredComparison(stored.Version, Archived: false, changed);
    }

    /// <summary>Whether the file gives the column (its header has it, or a column standing in for it).</summary>
    protected virtual bool IsGiven(string column) => Header.Contains(column);

    /// <summary>Changes <paramref name="stored"/> (the row <paramref name="id"/>) as the file's earlier rows will have
    /// changed it when they are saved, though it is none of theirs.</summary>
    protected virtual void AsTheFileLeavesIt(int id, TInput stored)
    {
    }

    /// <summary>Puts into <paramref name="incoming"/> what the format cannot carry but the stored row has (links to rows
    /// without an external id, say), so an update does not drop it.</summary>
    protected virtual void KeepWhatTheFileCannotSay(TInput stored, TInput incoming)
    {
    }

    /// <summary>A value as compared: text as the editor stores it (<see cref="SafeText.Clean"/>; empty is none), a missing clock time the start of the day, a list
    /// as its sorted items.</summary>
    protected virtual object? Comparable(string property, object? value) => value switch
    {
        null => null,
        string text => SafeText.CleanOrNull(text),
        TimeOnly time => time == TimeOnly.MinValue ? null : time,
        IEnumerable items => string.Join("\n", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)),
        _ => value,
    };

    private static TInput InputOf(PendingRow row) => ((PendingRow<TInput>)row).Input;
}
