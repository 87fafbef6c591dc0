using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using TradeTracker.Web.Data.Auditing;

namespace TradeTracker.Web.Services;

/// <summary>Read results shared by every page, circuit and API call until the next committed change: the rows behind
/// the dashboard, the pair pages, the timeline and the rates API change a few times a day and are read on every
/// request. Every change an editor, an import or the API commits clears it (<see cref="ChangeFeed"/>); a load that was
/// running when a change committed is handed to its callers but not kept. Cached rows are shared: callers read them
/// and never change them. With several instances on PostgreSQL the feed also carries every other instance's commits,
/// and <see cref="ChangeBatch.Missed"/> after its connection to them dropped, so no instance keeps a stale entry.</summary>
public sealed class ReadCache : IDisposable
{
    /// <summary>Most entries kept; the least recently used go first.</summary>
    public const int MaxEntries = 2_000;

    private readonly ChangeFeed feed;
    private readonly bool enabled;
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries, CompactionPercentage = 0.25 });
    private CancellationTokenSource generation = new();

    public ReadCache(ChangeFeed feed, IOptions<TradeTrackerOptions> options)
    {
        this.feed = feed;
        enabled = options.Value.ReadCache;
        feed.Committed += Clear;
    }

    /// <summary>The cached result for the key, or the result of <paramref name="load"/>, which concurrent callers of the
    /// same key share. A failed load is not kept. The caller's token stops its wait, never the shared load.</summary>
    public Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct = default)
    {
        if (!enabled)
        {
            return load(ct);
        }

        var shared = cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.AddExpirationToken(new CancellationChangeToken(generation.Token));
            return new Lazy<Task<T>>(() => load(CancellationToken.None));
        })!;
        var task = shared.Value;
        if (!task.IsCompletedSuccessfully)
        {
            _ = task.ContinueWith(
                _ => cache.Remove(key), CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return task.WaitAsync(ct);
    }

    private void Clear(ChangeBatch batch)
    {
        // Not disposed: a load starting at this moment may still read its token (a plain source holds no timer).
        Interlocked.Exchange(ref generation, new CancellationTokenSource()).Cancel();
    }

    public void Dispose()
    {
        feed.Committed -= Clear;
        cache.Dispose();
        generation.Dispose();
    }
}
