using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data;

/// <summary>Rows an import has checked and means to save but has not: a preview holds no write transaction, so while
/// these are set on a context (<see cref="AppDbContext.Planned"/>) the editors' rules count them as stored, and each
/// row of a file is checked as if the rows before it were saved. A planned new row has a stand-in id (negative, so it
/// never names a stored row) until a commit saves it (<see cref="Saved"/>).</summary>
public sealed class PlannedRows
{
    private readonly Dictionary<int, int> saved = [];
    private int lastStandIn;

    /// <summary>Sources the file's rows create, by stand-in id.</summary>
    public HashSet<int> SourceIds { get; } = [];

    /// <summary>Measures the file's rows create: stand-in ids and keys.</summary>
    public HashSet<int> MeasureIds { get; } = [];

    public HashSet<string> MeasureKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Rate steps the file's rows add (stand-in ids) or change (their stored ids), as they will be saved.</summary>
    public Dictionary<int, RateStep> Steps { get; } = [];

    public int NewStandIn() => --lastStandIn;

    /// <summary>Records the id a commit gave the row planned as <paramref name="standIn"/>.</summary>
    public void Saved(int standIn, int id) => saved[standIn] = id;

    /// <summary>The stored id for <paramref name="id"/>: itself, or the saved row's for a stand-in.</summary>
    public int Stored(int id) => id < 0 ? saved[id] : id;

    /// <summary>The ids in <paramref name="ids"/> that name neither a stored row nor a planned one of
    /// <paramref name="planned"/>, given the stored ones found.</summary>
    public static IEnumerable<int> Missing(IEnumerable<int> ids, IEnumerable<int> stored, IReadOnlySet<int>? planned) =>
        ids.Except(stored).Where(id => planned?.Contains(id) != true);
}
