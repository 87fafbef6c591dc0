namespace TradeTracker.Web.Data;

public enum ImportRunState
{
    /// <summary>Batches are being written; a run found in this state at start-up was interrupted and is undone.</summary>
    Writing,

    /// <summary>Every batch was written: the import is kept.</summary>
    Done,

    /// <summary>A batch failed, or the process died mid-import: every batch already written was undone.</summary>
    Undone,
}

/// <summary>One CSV import commit while it writes its batches (docs/decisions/0010-imports-in-batches.md): what lets
/// the app undo an import that failed halfway, now or at the next start, so an import is kept whole or not at all.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    /// <summary>Who committed the import (the audit entries of the undo name them too).</summary>
    public string Actor { get; set; } = "";

    /// <summary>What was imported, for the log and the undo's audit note ("events").</summary>
    public string What { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the last batch was written: on PostgreSQL, where several instances share the store, a run that
    /// stopped beating a while ago belongs to an instance that died.</summary>
    public DateTimeOffset HeartbeatAt { get; set; }

    public ImportRunState State { get; set; }

    /// <summary>Why it was undone (the failed row, or "interrupted"), for an undone run.</summary>
    public string? Outcome { get; set; }

    public List<ImportRunChange> Changes { get; } = [];
}

/// <summary>One audited change a batch of an import wrote (a row created or updated, a source created), written in
/// that batch's transaction: undoing the run walks these back, newest first.</summary>
public sealed class ImportRunChange
{
    public long Id { get; set; }

    public int ImportRunId { get; set; }

    /// <summary>The change's audit entry: its kind, row, action and the fields it changed (their values before it).</summary>
    public long AuditEntryId { get; set; }
}
