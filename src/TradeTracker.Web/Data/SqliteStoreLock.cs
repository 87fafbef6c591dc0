namespace TradeTracker.Web.Data;

/// <summary>A lock file beside a SQLite store (<c>tradetracker.db.lock</c>): every app process that serves the store
/// holds it shared for as long as it runs, and <c>restore</c> takes it exclusively, so a restore can tell for certain
/// that an app has the store open. SQLite's own locks cannot say so: an idle app's pooled connections close after a few
/// minutes, and a WAL store's readers hold no lock between transactions. The locks are the operating system's
/// (<c>flock</c> on Linux, which .NET takes for <see cref="FileShare"/>): they end with the process, even on kill -9.</summary>
public sealed class SqliteStoreLock : IDisposable
{
    private readonly FileStream file;

    private SqliteStoreLock(FileStream file) => this.file = file;

    public static string PathOf(string storePath) => storePath + ".lock";

    /// <summary>Held by a serving app; null when a restore holds the store.</summary>
    public static SqliteStoreLock? TryShare(string storePath) => TryOpen(storePath, FileShare.ReadWrite);

    /// <summary>Held by a restore; null when an app (or another restore) holds the store.</summary>
    public static SqliteStoreLock? TryTakeAlone(string storePath) => TryOpen(storePath, FileShare.None);

    private static SqliteStoreLock? TryOpen(string storePath, FileShare share)
    {
        try
        {
            return new SqliteStoreLock(new FileStream(PathOf(storePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, share));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
