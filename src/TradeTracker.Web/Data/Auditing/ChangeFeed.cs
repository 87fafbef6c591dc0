namespace TradeTracker.Web.Data.Auditing;

/// <summary>One committed change: which row, what happened, a short name for the row, and who made it (shown to
/// editors only: readers are not told who the editors are).</summary>
public sealed record ChangeNotice(string Kind, string EntityId, AuditAction Action, string Name, DateTimeOffset At, string Actor = "")
{
    /// <summary>The notice of an entry; <paramref name="measureNames"/> names the measures of rate steps.</summary>
    public static ChangeNotice From(AuditEntry entry, IReadOnlyDictionary<int, string> measureNames)
    {
        var snapshot = entry.SnapshotText();
        var measureName = AuditRowName.MeasureIdOf(entry.EntityKind, snapshot) is { } id ? measureNames.GetValueOrDefault(id) : null;
        return new(entry.EntityKind, entry.EntityId, entry.Action, AuditRowName.Of(entry.EntityKind, snapshot, measureName), entry.At, entry.Actor);
    }

    /// <summary>"Event added: “Talks in London”", "Rate step changed: Section 301 List 3: 10% from September 24, 2018";
    /// with <paramref name="byWhom"/>, "… by editor@example.org".</summary>
    public string Describe(bool byWhom = false) =>
        $"{AuditKinds.Label(Kind)} {AuditKinds.Verb(Action)}: {Name}{(byWhom && Actor.Length > 0 ? " by " + Actor : "")}";
}

/// <summary>The changes one transaction committed: the first few as notices, and how many in all (an import may commit
/// 100,000).</summary>
public sealed record ChangeBatch(IReadOnlyList<ChangeNotice> Notices, int Total)
{
    public const int MaxNotices = 20;

    /// <summary>Changes this instance may not have heard of (its connection to the other instances' announcements was
    /// down for a while): what was read before may be stale, so caches clear and open pages reload all the same.</summary>
    public static ChangeBatch Missed { get; } = new([], 0);

    /// <summary>"Event added: “Talks in London”", or "Rate step added: Section 301 List 3: 10% from September 24, 2018 and 41 more changes";
    /// with <paramref name="byWhom"/>, the first change names its editor.</summary>
    public string Describe(bool byWhom = false) =>
        Notices.Count == 0
            ? "live updates resumed after an interruption"
            : Notices[0].Describe(byWhom) + (Total > 1 ? $" and {Total - 1:N0} more change{(Total > 2 ? "s" : "")}" : "");

    internal sealed class Builder
    {
        private readonly List<ChangeNotice> notices = [];
        private int total;

        /// <summary>How many more notices the batch keeps (the rest are only counted).</summary>
        public int Room => MaxNotices - notices.Count;

        public void Add(IEnumerable<AuditEntry> entries, IReadOnlyDictionary<int, string> measureNames)
        {
            foreach (var entry in entries)
            {
                total++;
                if (notices.Count < MaxNotices)
                {
                    notices.Add(ChangeNotice.From(entry, measureNames));
                }
            }
        }

        /// <summary>The batch so far (null when empty).</summary>
        public ChangeBatch? Peek() => total == 0 ? null : new ChangeBatch([.. notices], total);

        /// <summary>The batch so far (null when empty), starting a new one.</summary>
        public ChangeBatch? Take()
        {
            var batch = Peek();
            notices.Clear();
            total = 0;
            return batch;
        }
    }
}

/// <summary>Announces changes once their transaction has committed (<see cref="ChangeFeedInterceptor"/>), so open
/// pages can reload and the read cache clears. A rolled-back save (an import preview, a failed commit) announces
/// nothing. On PostgreSQL the batches other instances commit arrive here too (<see cref="ChangeFeedListener"/>).</summary>
public sealed class ChangeFeed(ILogger<ChangeFeed> logger)
{
    /// <summary>This process's name on the shared channel: an instance ignores the notifications it sent itself (it
    /// announced them when they committed), and logs name where a change came from.</summary>
    public string Instance { get; } = $"{Guid.NewGuid().ToString("N")[..8]}@{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Raised on the committing thread with the changes of one transaction; handlers must return quickly
    /// (a page posts its reload to its own renderer and returns).</summary>
    public event Action<ChangeBatch>? Committed;

    public void Publish(ChangeBatch batch)
    {
        foreach (var handler in Committed?.GetInvocationList().Cast<Action<ChangeBatch>>() ?? [])
        {
            try
            {
                handler(batch);
            }
            catch (Exception ex)
            {
                // One broken subscriber must not keep the change from the others, nor fail the editor's save.
                logger.LogError(ex, "A change-feed subscriber failed on {Count} changes", batch.Total);
            }
        }
    }
}
