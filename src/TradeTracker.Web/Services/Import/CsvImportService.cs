using System.Security.Claims;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>Bulk import of rate steps, events and deadlines from CSV (docs/import-format.md). Every row is saved through
/// its kind's editor (<c>CreateInAsync</c>), so the admin page's rules apply to each, and each row sees the rows before
/// it. A preview runs the same saves in a transaction it rolls back; a commit keeps them, all or none. Rows whose
/// external id is already stored are skipped unchanged, so importing a file twice changes nothing the second time.</summary>
public sealed class CsvImportService(
    IDbContextFactory<AppDbContext> dbFactory,
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
            "{Actor} imported {Kind}: {Added} added, {Skipped} skipped, {Errors} rows with errors, {FileErrors} file errors, committed {Committed}, {Rows} rows in {ElapsedMs} ms",
            actor, kind.Slug(), report.Committed ? report.ToAdd : 0, report.Skipped, report.WithErrors, report.FileErrors.Count, report.Committed,
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
        if (kind == ImportKind.RateSteps && ReferenceTariffFile.IsReferenceHeader(PeekHeader(stream)))
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

        var badData = new List<string>();
        using var reader = new StreamReader(stream, CsvFormat.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvReader(reader, CsvFormat.ReadConfiguration(field => badData.Add(field)));
        if (!await ReadHeaderAsync(csv, importer, report))
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
            if (row.Errors.Count == 0 && IsNewRow(importer, pending, seen)
                && await ResolveSourcesAsync(db, lookups, pending, ct))
            {
                externalId = pending.ExternalKey is null ? null : row.ExternalId;
                try
                {
                    await importer.CreateAsync(db, pending, ct);
                    importer.Remember(pending);
                }
                catch (ValidationFailedException ex)
                {
                    foreach (var (field, messages) in ex.Errors)
                    {
                        foreach (var message in messages)
                        {
                            row.Error(importer.ColumnOf(field), message);
                        }
                    }
                }
                catch (DbUpdateException ex)
                {
                    row.Errors.Add($"The store refused the row: {(ex.InnerException ?? ex).Message}");
                }
                finally
                {
                    externalId = null;
                }
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
        ImportKind.RateSteps => new RateStepImporter(lookups, rateSteps),
        ImportKind.Events => new EventImporter(lookups, events),
        _ => new DeadlineImporter(lookups, deadlines),
    };

    /// <summary>The header's column names, lower case, leaving the stream where it was.</summary>
    private static HashSet<string> PeekHeader(Stream stream)
    {
        var start = stream.Position;
        using var reader = new StreamReader(stream, CsvFormat.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(reader, CsvFormat.ReadConfiguration(_ => { }));
        var columns = parser.Read() ? parser.Record?.Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal) : null;
        stream.Position = start;
        return columns ?? [];
    }

    /// <summary>Checks the header has the kind's required columns; names the ones it does not know.</summary>
    private static async Task<bool> ReadHeaderAsync(CsvReader csv, KindImporter importer, ImportReport report)
    {
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header || header.All(string.IsNullOrWhiteSpace))
        {
            report.FileErrors.Add("The file is empty: the first line must be the header (see docs/import-format.md).");
            return false;
        }

        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var required in importer.RequiredColumns)
        {
            var names = required.Split('|');
            if (!names.Any(columns.Contains))
            {
                report.FileErrors.Add($"The header has no {names[0]} column; a {report.Kind.Noun()} file needs {string.Join(", ", importer.RequiredColumns.Select(c => c.Split('|')[0]))}.");
            }
        }

        var unknown = columns.Where(c => c.Length > 0 && !importer.KnownColumns.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            report.FileWarnings.Add($"Ignored column(s) not in the {report.Kind.Noun()} format: {string.Join(", ", unknown)}.");
        }

        importer.OnHeader(columns);
        return report.FileErrors.Count == 0;
    }

    /// <summary>False (with the reason on the row) when the file had the row before, or the store already has it.</summary>
    private static bool IsNewRow(KindImporter importer, PendingRow pending, Dictionary<string, int> seen)
    {
        var row = pending.Report;
        if (pending.ExternalKey is { } key)
        {
            if (!seen.TryAdd("x:" + key, row.Number))
            {
                row.Error("external_id", $"{row.ExternalId} is also the external id of row {seen["x:" + key]}; each row needs its own.");
                return false;
            }

            if (importer.ExistingExternal.Contains(key))
            {
                row.Skip($"external_id: {row.ExternalId} is already stored; the row is skipped and the stored one left unchanged.");
                return false;
            }

            if (importer.ExistingNatural.TryGetValue(pending.NaturalKey, out var similar))
            {
                row.Warn("external_id", $"a stored row ({similar}) has the {importer.NaturalKeyMeaning}; this row is added as well.");
            }

            return true;
        }

        if (!seen.TryAdd("n:" + pending.NaturalKey, row.Number))
        {
            row.Error("external_id", $"none given, and row {seen["n:" + pending.NaturalKey]} has the {importer.NaturalKeyMeaning}; give each an external id if both are meant.");
            return false;
        }

        if (importer.ExistingNatural.TryGetValue(pending.NaturalKey, out var stored))
        {
            row.Skip($"external_id: none given, and a stored row ({stored}) has the {importer.NaturalKeyMeaning}; the row is skipped.");
            return false;
        }

        return true;
    }

    /// <summary>Matches each source by URL, creating the ones the store lacks (through the source editor's rules).</summary>
    private async Task<bool> ResolveSourcesAsync(AppDbContext db, ImportLookups lookups, PendingRow pending, CancellationToken ct)
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
        return pending.Report.Errors.Count == 0;
    }
}
