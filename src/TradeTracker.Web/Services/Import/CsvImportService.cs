using System.Globalization;
using System.Security.Claims;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>Bulk import of measures, rate steps, events and deadlines from CSV (docs/import-format.md,
/// docs/decisions/0010-imports-in-batches.md). A preview checks every row, saving nothing and holding no write
/// transaction: each row against its kind's editor's rules (<c>ValidateInAsync</c>) with the file's earlier rows counted
/// as saved (<see cref="PlannedRows"/>), so every problem of every row is reported in one pass, as saving them in order
/// would. A commit runs the same check, and only if no row has an error writes the rows through the editors
/// (<c>CreateInAsync</c>, or <c>UpdateInAsync</c> for a stored row whose values differ) in short batches, each its own
/// transaction, so other writers wait a fraction of a second rather than the whole file. The batches are one logical
/// import: an <see cref="ImportRun"/> records what each wrote, and a batch that fails (the store changed since the
/// check) undoes the ones before it (<see cref="ImportUndo"/>), as the next start does for an import a dead process
/// left unfinished. A stored row with the same values is left unchanged, so importing a file twice changes nothing the
/// second time.</summary>
public sealed class CsvImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    MeasureEditor measures,
    RateStepEditor rateSteps,
    EventEditor events,
    DeadlineEditor deadlines,
    SourceEditor sources,
    ImportUndo undo,
    TimeProvider time,
    ILogger<CsvImportService> logger)
{
    /// <summary>How often (in rows) progress is reported.</summary>
    private const int ProgressEvery = 100;

    /// <summary>A batch ends after this many rows or <see cref="BatchTime"/> of writing, whichever comes first: another
    /// writer waits at most about that long for the import (docs/import-format.md has the figures).</summary>
    public const int BatchRows = 100;

    public static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(100);

    /// <summary>On SQLite, the pause between batches. A waiting writer polls for the lock every 150 ms
    /// (Microsoft.Data.Sqlite's busy retry) rather than being woken, so without a gap at least that long the import
    /// would take the lock back first every time, and the writer would starve until its busy timeout.</summary>
    public static readonly TimeSpan BatchPause = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads and checks every row against the store and the rows before it, saving nothing and holding no
    /// write transaction. Progress is the number of data rows handled so far.</summary>
    public async Task<ImportReport> PreviewAsync(ImportKind kind, Stream csv, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var file = await CheckAsync(kind, csv, progress, ct);
        file.Report.Elapsed = time.GetElapsedTime(file.Started);
        return file.Report;
    }

    /// <summary>Checks the file as a preview does; if no row has an error, writes every new or changed row in batches,
    /// all kept or (the report says which row failed and why) none. Only editors and admins may commit. Progress counts
    /// the rows checked, then the rows written.</summary>
    public async Task<ImportReport> CommitAsync(ClaimsPrincipal user, ImportKind kind, Stream csv, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var actor = SourceEditor.RequireEditor(user);
        var file = await CheckAsync(kind, csv, progress, ct);
        var report = file.Report;
        var writing = WriteStats.None;
        if (!report.HasErrors)
        {
            writing = await WriteAsync(file, actor, progress, ct);
            report.Committed = !report.HasErrors;
        }

        report.Elapsed = time.GetElapsedTime(file.Started);
        logger.LogInformation(
            "{Actor} imported {Kind}: {Added} added, {Updated} updated, {Skipped} unchanged, {Errors} rows with errors, {FileErrors} file errors, committed {Committed}, {Rows} rows in {ElapsedMs} ms, {Batches} batches, longest {LongestBatchMs} ms",
            actor, kind.Slug(), report.Committed ? report.ToAdd : 0, report.Committed ? report.ToUpdate : 0, report.Skipped, report.WithErrors, report.FileErrors.Count, report.Committed,
            report.Rows.Count, (long)report.Elapsed.TotalMilliseconds, writing.Batches, (long)writing.LongestBatch.TotalMilliseconds);
        return report;
    }

    /// <summary>The check of a whole file: the report, and the rows to write with what they refer to.</summary>
    private sealed class CheckedFile(ImportReport report, long started)
    {
        public ImportReport Report { get; } = report;

        public long Started { get; } = started;

        public KindImporter? Importer { get; set; }

        public ImportLookups? Lookups { get; set; }

        public PlannedRows Planned { get; } = new();

        /// <summary>Sources the rows name that the store lacks, by stand-in id, until a commit creates them.</summary>
        public Dictionary<int, SourceRef> NewSources { get; } = [];

        /// <summary>The rows without errors that add or change a row, in file order.</summary>
        public List<PendingRow> ToWrite { get; } = [];
    }

    /// <summary>How many batches a commit wrote and the longest one held the store's write lock.</summary>
    private sealed record WriteStats(int Batches, TimeSpan LongestBatch)
    {
        public static readonly WriteStats None = new(0, TimeSpan.Zero);
    }

    private async Task<CheckedFile> CheckAsync(ImportKind kind, Stream stream, IProgress<int>? progress, CancellationToken ct)
    {
        var file = new CheckedFile(new ImportReport(kind), time.GetTimestamp());
        var report = file.Report;
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            copy.Position = 0;
            stream = copy;
        }

        if (stream.Length > CsvFormat.MaxBytes)
        {
            report.FileErrors.Add($"The file is {stream.Length / 1024 / 1024.0:0.#} MB; the import takes files up to {CsvFormat.MaxBytes / 1024 / 1024} MB. Split it.");
            return file;
        }

        // Reads only: no transaction, so other writers never wait on a check. The commit's batches check every row
        // again through the editors, against the store as it is then.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Planned = file.Planned;
        var lookups = file.Lookups = await ImportLookups.LoadAsync(db, kind, ct);
        var importer = file.Importer = CreateImporter(kind, lookups);
        await importer.LoadExistingAsync(db, ct);

        // A reference tariff_measures.csv is converted to the rate-steps format first; its rows keep their numbers.
        int[]? sourceRows = null;
        if (kind == ImportKind.RateSteps && ReferenceTariffFile.IsReferenceHeader(PeekHeader(stream).Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)))
        {
            var converted = await ReferenceTariffFile.ConvertAsync(stream, db, ct);
            stream = converted.Csv;
            sourceRows = converted.SourceRows;
            report.FileWarnings.Add(converted.Note);
        }

        var header = ImportHeader.Read(PeekHeader(stream), importer, kind);
        var badData = new List<string>();
        using var reader = new StreamReader(stream, CsvFormat.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvReader(reader, CsvFormat.ReadConfiguration(field => badData.Add(field), header.ColumnFor));
        if (!await ReadHeaderAsync(csv, importer, header, report))
        {
            return file;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var handled = 0;
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            if (report.Rows.Count == CsvFormat.MaxRows)
            {
                report.FileErrors.Add($"The file has more than {CsvFormat.MaxRows:N0} rows; split it into files of at most {CsvFormat.MaxRows:N0}.");
                break;
            }

            var row = new ImportRow(sourceRows is null ? csv.Parser.Row : sourceRows[csv.Parser.Row - 2]);
            report.Rows.Add(row);

            // CsvHelper reads a record's fields lazily, so quoting problems surface while the importer reads them.
            badData.Clear();
            var pending = importer.Read(csv, row);
            foreach (var field in badData)
            {
                row.Error($"The row's quoting is broken near “{CellReader.Clip(field)}”: a quoted cell must end with its closing quote, and quotes inside it are doubled.");
            }

            if (await CheckRowAsync(db, file, pending, seen, ct))
            {
                file.ToWrite.Add(pending);
            }

            // Nothing is saved, but the editors' lookups are tracked; each query compares every tracked entity, so
            // keeping the rows before would make the n-th row cost n.
            db.ChangeTracker.Clear();
            if (++handled % ProgressEvery == 0)
            {
                progress?.Report(handled);
            }
        }

        progress?.Report(handled);
        if (report.Rows.Count == 0 && report.FileErrors.Count == 0)
        {
            report.FileErrors.Add("The file has a header but no rows.");
        }

        return file;
    }

    /// <summary>Writes the checked rows in batches, each its own transaction, recording what each batch did under one
    /// <see cref="ImportRun"/>. A row the store now refuses (it changed since the check) gets the reason on the
    /// report, and every batch already written is undone.</summary>
    private async Task<WriteStats> WriteAsync(CheckedFile file, string actor, IProgress<int>? progress, CancellationToken ct)
    {
        if (file.ToWrite.Count == 0)
        {
            return WriteStats.None;
        }

        var importer = file.Importer!;
        var runId = await undo.StartAsync(actor, file.Report.Kind.Slug(), ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Actor = actor;

        // The editors' inputs carry no external id: give each row's new entity its id as the editor adds it, so it
        // goes into the same INSERT.
        string? externalId = null;
        db.ChangeTracker.Tracked += (_, e) =>
        {
            if (!e.FromQuery && e.Entry.State == EntityState.Added && externalId is not null)
            {
                importer.StampExternalId(e.Entry.Entity, externalId);
            }
        };

        // The versions this import's own batches gave rows (a featured deadline un-features another), so a later row
        // updating such a row is not taken for someone else's change.
        var versions = new Dictionary<(Type, int), Guid>();
        var (next, batches, longest) = (0, 0, TimeSpan.Zero);
        try
        {
            while (next < file.ToWrite.Count)
            {
                var held = time.GetTimestamp();
                await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                {
                    var journal = new List<ImportRunChange>();
                    var first = next;
                    do
                    {
                        var pending = file.ToWrite[next];
                        externalId = pending.ExternalKey is null ? null : pending.Report.ExternalId;
                        await WriteRowAsync(db, file, pending, versions, ct);
                        externalId = null;
                        db.AuditNote = null;
                        journal.AddRange(Journal(db, runId, versions));
                        db.ChangeTracker.Clear();
                        next++;
                    }
                    while (next < file.ToWrite.Count && next - first < BatchRows && time.GetElapsedTime(held) < BatchTime);

                    db.ImportRunChanges.AddRange(journal);
                    await db.SaveChangesAsync(ct);
                    await undo.BeatAsync(db, runId, ct);
                    await transaction.CommitAsync(ct);
                }

                db.ChangeTracker.Clear();
                batches++;
                longest = TimeSpan.FromTicks(Math.Max(longest.Ticks, time.GetElapsedTime(held).Ticks));
                progress?.Report(next);
                if (next < file.ToWrite.Count && db.Database.IsSqlite())
                {
                    await Task.Delay(BatchPause, time, ct);
                }
            }

            await undo.FinishAsync(runId, ct);
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            var reason = ex is OperationCanceledException ? "the import was cancelled." : StoreBusy.Is(ex) ? StoreBusy.Message : (ex.InnerException ?? ex).Message;
            var failed = next < file.ToWrite.Count ? file.ToWrite[next].Report : null;
            var where = failed is null ? "finishing the import" : $"row {failed.Number}";
            var undone = $"Nothing was imported: the {next} row(s) written before it were undone.";
            if (failed is null)
            {
                file.Report.FileErrors.Add($"The import could not be finished: {reason} {undone}");
            }
            else
            {
                failed.Error($"The store refused the row while the import was written (it changed since the check): {reason} {undone}");
            }

            await undo.UndoAsync(runId, $"{where} failed: {reason}", CancellationToken.None);

            // A refused row or a busy store is the report's to tell; a cancelled or broken import is the caller's.
            if (ex is not (ValidationFailedException or ConcurrencyConflictException or RowNotFoundException or DbUpdateException) && !StoreBusy.Is(ex))
            {
                throw;
            }
        }

        return new WriteStats(batches, longest);
    }

    /// <summary>One checked row through its editor: the sources it creates first, then the row, with the ids the
    /// batches gave the rows it names.</summary>
    private async Task WriteRowAsync(AppDbContext db, CheckedFile file, PendingRow pending, Dictionary<(Type, int), Guid> versions, CancellationToken ct)
    {
        var importer = file.Importer!;
        foreach (var standIn in pending.SourceIds.Where(id => id < 0))
        {
            if (file.NewSources.Remove(standIn, out var source))
            {
                var created = await sources.CreateInAsync(db, SourceInputOf(source), ct);
                file.Planned.Saved(standIn, created.Id);
                file.Lookups!.SourcesByUrl[source.Url] = created.Id;
            }
        }

        importer.UseSavedIds(pending, file.Planned);
        if (pending.StoredId is { } id)
        {
            db.AuditNote = $"CSV import, row {pending.Report.Number}";
            await importer.UpdateAsync(db, pending, id, versions.GetValueOrDefault((importer.EntityType, id), pending.StoredVersion), ct);
        }
        else
        {
            file.Planned.Saved(pending.StandIn, await importer.CreateAsync(db, pending, ct));
        }
    }

    /// <summary>The audit entries the row's saves wrote, as the run's journal, and the versions they gave their rows.</summary>
    private static IEnumerable<ImportRunChange> Journal(AppDbContext db, int runId, Dictionary<(Type, int), Guid> versions)
    {
        var entries = db.ChangeTracker.Entries<AuditEntry>().Select(e => e.Entity).ToList();
        var changed = entries.Select(e => (e.EntityKind, e.EntityId)).ToHashSet();
        foreach (var row in db.ChangeTracker.Entries<EditableEntity>())
        {
            if (AuditKinds.Of(row.Metadata.ClrType) is { } kind && changed.Contains((kind, row.Entity.Id.ToString(CultureInfo.InvariantCulture))))
            {
                versions[(row.Metadata.ClrType, row.Entity.Id)] = row.Entity.Version;
            }
        }

        return entries.Select(e => new ImportRunChange { ImportRunId = runId, AuditEntryId = e.Id });
    }

    private KindImporter CreateImporter(ImportKind kind, ImportLookups lookups) => kind switch
    {
        ImportKind.Measures => new MeasureImporter(lookups, measures),
        ImportKind.RateSteps => new RateStepImporter(lookups, rateSteps),
        ImportKind.Events => new EventImporter(lookups, events),
        _ => new DeadlineImporter(lookups, deadlines),
    };

    /// <summary>One row, every problem of it at once: how it was read, whether it repeats an earlier row, its sources,
    /// clashes with the file's rows that have errors, and every rule of its editor (the file's earlier rows without
    /// errors counted as saved). True for a row without problems that adds a row, or updates the stored row of its
    /// external id because a value differs; it is then planned, so the rows after it see it.</summary>
    private async Task<bool> CheckRowAsync(AppDbContext db, CheckedFile file, PendingRow pending, Dictionary<string, int> seen, CancellationToken ct)
    {
        var importer = file.Importer!;
        var row = pending.Report;
        var (skip, storedId) = Identify(importer, pending, seen);
        if (skip)
        {
            return false;
        }

        await ResolveSourcesAsync(db, file, pending, ct);
        StoredComparison? stored = null;
        if (!row.HasErrors && storedId is { } id)
        {
            stored = await importer.CompareAsync(db, pending, id, ct);
            if (stored.Archived)
            {
                row.Skip($"external_id: {row.ExternalId} is a deleted (archived) row; restore it on the admin page to change it. The row is skipped.");
                return false;
            }

            if (stored.ChangedColumns.Count == 0)
            {
                row.Unchanged();
                return false;
            }

            row.Updates(stored.ChangedColumns);
        }

        var unreadable = row.ErrorColumns.ToHashSet(StringComparer.Ordinal);
        importer.CheckAgainstFile(pending);
        AddRuleErrors(importer, row, await importer.ValidateAsync(db, pending, storedId, ct), unreadable);
        if (row.HasErrors)
        {
            importer.OnRowDone(pending, saved: false);
            return false;
        }

        if (stored is not null)
        {
            pending.StoredId = storedId;
            pending.StoredVersion = stored.Version;
        }
        else
        {
            importer.Remember(pending);
        }

        importer.Plan(pending, file.Planned);
        importer.OnRowDone(pending, saved: true);
        return true;
    }

    /// <summary>The editor's messages, each against its column, leaving out the columns that could not be read (an
    /// unreadable date is not also reported as a missing one).</summary>
    private static void AddRuleErrors(KindImporter importer, ImportRow row, IReadOnlyDictionary<string, string[]> errors, HashSet<string> unreadable)
    {
        foreach (var (field, messages) in errors)
        {
            var column = importer.ColumnOf(field);
            if (unreadable.Contains(column))
            {
                continue;
            }

            foreach (var message in messages)
            {
                row.Error(column, message);
            }
        }
    }

    /// <summary>The header's column names as written, leaving the stream where it was.</summary>
    private static List<string> PeekHeader(Stream stream)
    {
        var start = stream.Position;
        using var reader = new StreamReader(stream, CsvFormat.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(reader, CsvFormat.ReadConfiguration(_ => { }));
        var columns = parser.Read() ? parser.Record?.ToList() : null;
        stream.Position = start;
        return columns ?? [];
    }

    /// <summary>Reads the header line; the file's problems with it (see <see cref="ImportHeader"/>) go on the report.</summary>
    private static async Task<bool> ReadHeaderAsync(CsvReader csv, KindImporter importer, ImportHeader header, ImportReport report)
    {
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } names || names.All(string.IsNullOrWhiteSpace))
        {
            report.FileErrors.Add("The file is empty: the first line must be the header (see docs/import-format.md).");
            return false;
        }

        report.FileErrors.AddRange(header.Errors);
        report.FileWarnings.AddRange(header.Warnings);
        importer.OnHeader(header.Columns);
        return report.FileErrors.Count == 0;
    }

    /// <summary>Whether the row is skipped (the file had it before, or the store has it by content), and the stored
    /// row its external id names, if any. A repeat within the file is an error on the row.</summary>
    private static (bool Skip, int? StoredId) Identify(KindImporter importer, PendingRow pending, Dictionary<string, int> seen)
    {
        var row = pending.Report;
        if (pending.ExternalKey is { } key)
        {
            if (!seen.TryAdd("x:" + key, row.Number))
            {
                row.Error("external_id", $"{row.ExternalId} is also the external id of row {seen["x:" + key]}; each row needs its own.");
                return (false, null);
            }

            if (importer.ExistingExternal.TryGetValue(key, out var id))
            {
                return (false, id);
            }

            if (importer.ExistingNatural.TryGetValue(pending.NaturalKey, out var similar))
            {
                row.Warn("external_id", $"a stored row ({similar}) has the {importer.NaturalKeyMeaning}; this row is added as well.");
            }

            return (false, null);
        }

        if (pending.NaturalKey.Length > 0 && !seen.TryAdd("n:" + pending.NaturalKey, row.Number))
        {
            row.Error("external_id", $"none given, and row {seen["n:" + pending.NaturalKey]} has the {importer.NaturalKeyMeaning}; give each an external id if both are meant.");
            return (false, null);
        }

        if (!row.HasErrors && importer.ExistingNatural.TryGetValue(pending.NaturalKey, out var stored))
        {
            row.Skip($"external_id: none given, and a stored row ({stored}) has the {importer.NaturalKeyMeaning}; the row is skipped.");
            return (true, null);
        }

        return (false, null);
    }

    /// <summary>Matches each source by URL; one the store lacks is checked by the source editor's rules and planned (a
    /// commit creates it before the first row that names it).</summary>
    private async Task ResolveSourcesAsync(AppDbContext db, CheckedFile file, PendingRow pending, CancellationToken ct)
    {
        var ids = new List<int>();
        foreach (var source in pending.Sources)
        {
            if (file.Lookups!.SourcesByUrl.TryGetValue(source.Url, out var id))
            {
                ids.Add(id);
                continue;
            }

            var errors = await sources.ValidateInAsync(db, SourceInputOf(source), null, ct);
            if (errors.Count == 0)
            {
                id = file.Planned.NewStandIn();
                file.Planned.SourceIds.Add(id);
                file.NewSources[id] = source;
                file.Lookups.SourcesByUrl[source.Url] = id;
                ids.Add(id);
                continue;
            }

            foreach (var (field, messages) in errors)
            {
                var column = field switch
                {
                    nameof(SourceInput.Publisher) => "source_publisher",
                    nameof(SourceInput.Title) => "source_title",
                    _ => "source_url",
                };
                foreach (var message in messages)
                {
                    pending.Report.Error(column, $"{message} (new source {CellReader.Clip(source.Url)})");
                }
            }
        }

        pending.UseSources(ids.Distinct().ToList());
    }

    private static SourceInput SourceInputOf(SourceRef source) => new() { Publisher = source.Publisher, Title = source.Title, Url = source.Url };
}
