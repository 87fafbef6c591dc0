namespace TradeTracker.Web.Services.Import;

/// <summary>A file's header read against one kind's format: each header name mapped to the format's column it means.
/// A name that differs from a column only in case, spaces, dashes, underscores or dots (<c>Event Date</c> is not one,
/// <c>Date</c> and <c>end-date</c> are), or that is one of the kind's aliases (<c>event_id</c> for
/// <c>external_id</c>), is read as that column with a warning; a name it cannot place is ignored with a warning; when
/// a required column is missing, one error lists what is missing, what was not recognised and what the format has.</summary>
internal sealed class ImportHeader
{
    private readonly Dictionary<string, string> columnOf = new(StringComparer.Ordinal);

    /// <summary>The format's columns the header has.</summary>
    public HashSet<string> Columns { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>The column a header name (as CsvHelper passes it, trimmed and lower case) is read as: itself unless
    /// mapped. Column names map to themselves, so CsvHelper can match the records' names through the same function.</summary>
    public string ColumnFor(string header)
    {
        var name = header.Trim().ToLowerInvariant();
        return columnOf.GetValueOrDefault(name, name);
    }

    public static ImportHeader Read(IReadOnlyList<string> names, KindImporter importer, ImportKind kind)
    {
        var header = new ImportHeader();
        var known = importer.KnownColumns.ToDictionary(Squash, c => c, StringComparer.Ordinal);
        var aliases = importer.HeaderAliases.ToDictionary(a => Squash(a.Key), a => a.Value, StringComparer.Ordinal);
        var readAs = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var raw in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var lower = raw.ToLowerInvariant();
            var column = importer.KnownColumns.Contains(lower) ? lower
                : known.GetValueOrDefault(Squash(raw)) ?? aliases.GetValueOrDefault(Squash(raw));
            if (column is null)
            {
                unknown.Add(raw);
                continue;
            }

            if (readAs.TryGetValue(column, out var earlier))
            {
                header.Errors.Add($"The columns '{earlier}' and '{raw}' are both read as {column}; keep one.");
                continue;
            }

            readAs[column] = raw;
            header.columnOf[lower] = column;
            header.Columns.Add(column);
            if (raw != column)
            {
                header.Warnings.Add($"Column '{raw}' is read as {column}.");
            }
        }

        var missing = importer.RequiredColumns.Where(r => !r.Split('|').Any(header.Columns.Contains)).Select(r => r.Split('|')[0]).ToList();
        if (missing.Count > 0)
        {
            header.Errors.Add(
                $"The header has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}"
                + (unknown.Count > 0 ? $"; it has columns the format does not know: {string.Join(", ", unknown)}" : "")
                + $". A {kind.Noun()} file needs {string.Join(", ", importer.RequiredColumns.Select(c => c.Split('|')[0]))}"
                + $" and may have {string.Join(", ", CsvFormat.Columns(kind).Except(importer.RequiredColumns.Select(c => c.Split('|')[0])))} (see docs/import-format.md).");
        }
        else if (unknown.Count > 0)
        {
            header.Warnings.Add($"Ignored column(s) not in the {kind.Noun()} format: {string.Join(", ", unknown)}.");
        }

        return header;
    }

    /// <summary>A name without case, spaces, dashes, underscores or dots: "Event_ID" and "event id" are both "eventid".</summary>
    private static string Squash(string name) =>
        new(name.Where(c => c is not (' ' or '-' or '_' or '.')).Select(char.ToLowerInvariant).ToArray());
}
