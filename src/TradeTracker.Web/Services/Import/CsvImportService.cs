using System.Security.Claims;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>Bulk import of measures, rate steps, events and deadlines from CSV (docs/import-format.md). Every row is
/// saved through its kind's editor (<c>CreateInAsync</c>, or <c>UpdateInAsync</c> for a row whose external id is stored
/// and whose values differ), so the admin page's rules apply to each, and each row sees the rows before it. A preview
/// runs the same saves in a transaction it rolls back; a commit keeps them, all or none. Every problem of every row is
/// reported in one pass. A stored row with the same values is left unchanged, so importing a file twice changes
/// nothing the second time.</summary>
public sealed class CsvImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    MeasureEditor measures,
    RateStepEditor rateSteps,
    EventEditor events,
    DeadlineEditor deadlines,
    SourceEditor sources,
    TimeProvider time,
    ILogger<CsvImportService> logger)
{
    /// <summary>How often (in rows) progress is reported.</summary>
    private const int ProgressEvery = 100;

    /// <summary>Reads and checks every row against the store and the rows before it, saving nothing. Progress is the
    /// number of data rows handled so far.</summary>
    public Task<ImportReport> PreviewAsync(ImportKind kind, Stream csv, IProgress<int>? progress = null, CancellationToken ct = default) =>
        RunAsync(kind, csv, actor: null, progress, ct);

    /// <summary>Reads the file again and saves every new row in one transaction; if any row has an error, saves none
    /// (the report says why). Only editors and admins may commit.</summary>
    public async Task<ImportReport> CommitAsync(ClaimsPrincipal user, ImportKind kind, Stream csv, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var actor = SourceEditor.RequireEditor(user);
        var report = await RunAsync(kind, csv, actor, progress, ct);
        logger.LogInformation(
            "{Actor} imported {Kind}: {Added} added, {Updated} updated, {Skipped} unchanged, {Errors} rows with errors, {FileErrors} file errors, committed {Committed}, {Rows} rows in {ElapsedMs} ms",
            actor, kind.Slug(), report.Committed ? report.ToAdd : 0, report.Committed ? report.ToUpdate : 0, report.Skipped, report.WithErrors, report.FileErrors.Count, report.Committed,
            report.Rows.Count, (long)report.Elapsed.TotalMilliseconds);
        return report;
    }

    private async Task<ImportReport> RunAsync(ImportKind kind, Stream stream, string? actor, IProgress<int>? progress, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var report = new ImportReport(kind);
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
            return report;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Actor = actor ?? "import-preview";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var lookups = await ImportLookups.LoadAsync(db, kind, ct);
        var importer = CreateImporter(kind, lookups);
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

        var header = ImportHeader.Read(PeekHeader(stream), importer, kind);
        var badData = new List<string>();
        using var reader = new StreamReader(stream, CsvFormat.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvReader(reader, CsvFormat.ReadConfiguration(field => badData.Add(field), header.ColumnFor));
        if (!await ReadHeaderAsync(csv, importer, header, report))
        {
            report.Elapsed = time.GetElapsedTime(started);
            return report;
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
                row.Errors.Add($"The row's quoting is broken near “{CellReader.Clip(field)}”: a quoted cell must end with its closing quote, and quotes inside it are doubled.");
            }

            externalId = pending.ExternalKey is null ? null : row.ExternalId;
            try
            {
                await HandleRowAsync(db, importer, lookups, pending, seen, ct);
            }
            finally
            {
                externalId = null;
                db.AuditNote = null;
            }

            // Every row is saved by now. Each SaveChanges compares every tracked entity, so keeping the rows before
            // would make the n-th save cost n: clearing after each row measured 5 times faster at 10,000 rows than
            // clearing every 500 (docs/import-format.md).
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

        if (actor is not null && !report.HasErrors)
        {
            await transaction.CommitAsync(ct);
            report.Committed = true;
        }
        else
        {
            await transaction.RollbackAsync(ct);
        }

        report.Elapsed = time.GetElapsedTime(started);
        return report;
    }

    private KindImporter CreateImporter(ImportKind kind, ImportLookups lookups) => kind switch
    {
        ImportKind.Measures => new MeasureImporter(lookups, measures),
        ImportKind.RateSteps => new RateStepImporter(lookups, rateSteps),
        ImportKind.Events => new EventImporter(lookups, events),
        _ => new DeadlineImporter(lookups, deadlines),
    };

    /// <summary>One row, every problem of it at once: how it was read, whether it repeats an earlier row, its sources,
    /// clashes with the file's unsaved rows and every rule of its editor. A row without problems is added, updates the
    /// stored row of its external id when a value differs, or is left unchanged.</summary>
    private async Task HandleRowAsync(AppDbContext db, KindImporter importer, ImportLookups lookups, PendingRow pending, Dictionary<string, int> seen, CancellationToken ct)
    {
        var row = pending.Report;
        var (skip, storedId) = Identify(importer, pending, seen);
        if (skip)
        {
            return;
        }

        await ResolveSourcesAsync(db, lookups, pending, ct);
        StoredComparison? stored = null;
        if (row.Errors.Count == 0 && storedId is { } id)
        {
            stored = await importer.CompareAsync(db, pending, id, ct);
            if (stored.Archived)
            {
                row.Skip($"external_id: {row.ExternalId} is a deleted (archived) row; restore it on the admin page to change it. The row is skipped.");
                return;
            }

            if (stored.ChangedColumns.Count == 0)
            {
                row.Unchanged();
                return;
            }

            row.Updates(stored.ChangedColumns);
        }

        var unreadable = row.ErrorColumns.ToHashSet(StringComparer.Ordinal);
        importer.CheckAgainstFile(pending);
        if (row.Errors.Count > 0)
        {
            AddRuleErrors(importer, row, await importer.ValidateAsync(db, pending, storedId, ct), unreadable);
            importer.OnRowDone(pending, saved: false);
            return;
        }

        try
        {
            if (storedId is { } updated && stored is not null)
            {
                db.AuditNote = $"CSV import, row {row.Number}";
                await importer.UpdateAsync(db, pending, updated, stored.Version, ct);
            }
            else
            {
                await importer.CreateAsync(db, pending, ct);
                importer.Remember(pending);
            }

            importer.OnRowDone(pending, saved: true);
        }
        catch (ValidationFailedException ex)
        {
            AddRuleErrors(importer, row, ex.Errors, unreadable);
            importer.OnRowDone(pending, saved: false);
        }
        catch (Exception ex) when (ex is DbUpdateException or ConcurrencyConflictException)
        {
            row.Errors.Add($"The store refused the row: {(ex.InnerException ?? ex).Message}");
            importer.OnRowDone(pending, saved: false);
        }
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

        if (row.Errors.Count == 0 && importer.ExistingNatural.TryGetValue(pending.NaturalKey, out var stored))
        {
            row.Skip($"external_id: none given, and a stored row ({stored}) has the {importer.NaturalKeyMeaning}; the row is skipped.");
            return (true, null);
        }

        return (false, null);
    }

    /// <summary>Matches each source by URL, creating the ones the store lacks (through the source editor's rules).</summary>
    private async Task ResolveSourcesAsync(AppDbContext db, ImportLookups lookups, PendingRow pending, CancellationToken ct)
    {
        var ids = new List<int>();
        foreach (var source in pending.Sources)
        {
            if (lookups.SourcesByUrl.TryGetValue(source.Url, out var id))
            {
                ids.Add(id);
                continue;
            }

            try
            {
                var created = await sources.CreateInAsync(db, new SourceInput { Publisher = source.Publisher, Title = source.Title, Url = source.Url }, ct);
                lookups.SourcesByUrl[source.Url] = created.Id;
                ids.Add(created.Id);
            }
            catch (ValidationFailedException ex)
            {
                foreach (var (field, messages) in ex.Errors)
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
        }

        pending.SetSourceIds(ids.Distinct().ToList());
    }
}
