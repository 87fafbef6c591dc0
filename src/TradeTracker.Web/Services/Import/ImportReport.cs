namespace TradeTracker.Web.Services.Import;

public enum ImportRowStatus
{
    /// <summary>New: added on commit (or added, after a commit).</summary>
    Add,

    /// <summary>Its external id is stored and some of its values differ: the stored row is changed on commit, through its
    /// editor, at its current version.</summary>
    Update,

    /// <summary>Already in the store (same external id and the same values, or same natural key when the row has none):
    /// left unchanged.</summary>
    Skip,

    /// <summary>Refused: the row cannot be read or breaks an editor's rule. One such row and nothing is saved.</summary>
    Error,
}

/// <summary>One problem of a row: the column to fix (none for a problem of the whole row) and what is wrong.</summary>
public sealed record ImportProblem(string? Column, string Message)
{
    /// <summary>"column: message", as logs and tests read it.</summary>
    public override string ToString() => Column is null ? Message : $"{Column}: {Message}";
}

/// <summary>One data row of the file as the import saw it.</summary>
public sealed class ImportRow(int number)
{
    private readonly HashSet<string> errorColumns = new(StringComparer.Ordinal);
    private bool skipped;

    /// <summary>Row number as a spreadsheet shows it: the header is row 1, so the first data row is 2.</summary>
    public int Number { get; } = number;

    public string ExternalId { get; set; } = "";

    /// <summary>What the row is, in a few words ("2025-05-10 Negotiation round: Geneva talks").</summary>
    public string Summary { get; set; } = "";

    private readonly List<ImportProblem> problems = [];

    /// <summary>Every error of the row, each with its column: the preview lists them all at once.</summary>
    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>The errors as "column: message" texts.</summary>
    public IReadOnlyList<string> Errors => problems.ConvertAll(p => p.ToString());

    public bool HasErrors => problems.Count > 0;

    public List<string> Warnings { get; } = [];

    /// <summary>The columns whose values differ from the stored row's, for a row that updates one.</summary>
    public IReadOnlyList<string> ChangedColumns { get; private set; } = [];

    public ImportRowStatus Status => HasErrors ? ImportRowStatus.Error
        : skipped ? ImportRowStatus.Skip
        : ChangedColumns.Count > 0 ? ImportRowStatus.Update
        : ImportRowStatus.Add;

    /// <summary>"new", "update (fields: a, b)", "unchanged" or "error": what the row does, as the preview says it.</summary>
    public string Outcome => Status switch
    {
        ImportRowStatus.Add => "new",
        ImportRowStatus.Update => $"update (fields: {string.Join(", ", ChangedColumns)})",
        ImportRowStatus.Skip => "unchanged",
        _ => "error",
    };

    public void Skip(string why)
    {
        skipped = true;
        Warnings.Add(why);
    }

    /// <summary>The row's external id is stored with the same values: nothing to do.</summary>
    public void Unchanged() => skipped = true;

    /// <summary>The row's external id is stored and these columns differ: the stored row is updated.</summary>
    public void Updates(IReadOnlyList<string> columns) => ChangedColumns = columns;

    /// <summary>An error in a column, so a reader knows which cell to fix.</summary>
    public void Error(string column, string message)
    {
        errorColumns.Add(column);
        problems.Add(new ImportProblem(column, message));
    }

    /// <summary>An error of the row as a whole (its quoting, or the store refusing it).</summary>
    public void Error(string message) => problems.Add(new ImportProblem(null, message));

    /// <summary>The columns with an error on this row so far.</summary>
    public IReadOnlySet<string> ErrorColumns => errorColumns;

    public void Warn(string column, string message) => Warnings.Add($"{column}: {message}");
}

/// <summary>What a preview found, or what a commit did: the file's own problems and every row's.</summary>
public sealed class ImportReport(ImportKind kind)
{
    public ImportKind Kind { get; } = kind;

    /// <summary>Problems with the file as a whole (a missing required column, too many rows): nothing can be saved.</summary>
    public List<string> FileErrors { get; } = [];

    /// <summary>Columns the format does not know, which are ignored.</summary>
    public List<string> FileWarnings { get; } = [];

    public List<ImportRow> Rows { get; } = [];

    /// <summary>True once a commit saved the rows; false for a preview and for a refused commit.</summary>
    public bool Committed { get; set; }

    public TimeSpan Elapsed { get; set; }

    public int ToAdd => Rows.Count(r => r.Status == ImportRowStatus.Add);

    public int ToUpdate => Rows.Count(r => r.Status == ImportRowStatus.Update);

    public int Skipped => Rows.Count(r => r.Status == ImportRowStatus.Skip);

    public int WithErrors => Rows.Count(r => r.Status == ImportRowStatus.Error);

    /// <summary>Every row's errors together ("4 problems"; a row may have several).</summary>
    public string ProblemCount => Rows.Sum(r => r.Problems.Count) is var n && n == 1 ? "1 problem" : $"{n:N0} problems";

    public bool HasErrors => FileErrors.Count > 0 || Rows.Exists(r => r.HasErrors);

    /// <summary>Whether committing this file would save anything.</summary>
    public bool CanCommit => !HasErrors && ToAdd + ToUpdate > 0;
}
