using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>The kinds of timeline entry a filter keeps: rate changes and any of the <see cref="EventKind"/>s; empty keeps
/// every entry. A set of bits, so two filters with the same kinds are equal (the timeline's cache key is the filter's
/// text) whatever order the kinds were picked in.</summary>
public readonly record struct TimelineKinds
{
    /// <summary>The name of the rate changes in URLs and the events API; the event kinds go by their enum names.</summary>
    public const string RateChangeName = "RateChange";

    private const int RateChangeBit = 1;

    private readonly int bits;

    private TimelineKinds(int bits) => this.bits = bits;

    public static TimelineKinds RateChanges { get; } = new(RateChangeBit);

    public static TimelineKinds Of(EventKind kind) => new(RateChangeBit << (1 + (int)kind));

    /// <summary>Every single kind, in the order the filter lists them (rate changes, then the event kinds), each with its
    /// read model <c>Kind</c> column value (null for a rate change).</summary>
    private static readonly (TimelineKinds Kind, EventKind? Event)[] All =
        [(RateChanges, null), .. Enum.GetValues<EventKind>().Select(e => (Of(e), (EventKind?)e))];

    /// <summary>Every single kind, in the order the filter lists them.</summary>
    public static IReadOnlyList<TimelineKinds> Each { get; } = [.. All.Select(k => k.Kind)];

    public bool IsEmpty => bits == 0;

    /// <summary>Every kind picked: the same entries as none.</summary>
    public bool IsEvery => Each.All(Contains);

    public bool Contains(TimelineKinds kinds) => (bits & kinds.bits) == kinds.bits;

    public TimelineKinds With(TimelineKinds kinds) => new(bits | kinds.bits);

    public TimelineKinds Without(TimelineKinds kinds) => new(bits & ~kinds.bits);

    /// <summary>The single kinds in this set, in <see cref="Each"/>'s order.</summary>
    public IEnumerable<TimelineKinds> Members => Each.Where(Contains);

    /// <summary>The read model's <c>Kind</c> column for each kind in the set: the event kind, null for a rate change.</summary>
    public IEnumerable<EventKind?> Columns => Picked.Select(k => k.Event);

    /// <summary>What people read: "Rate changes, Negotiation round".</summary>
    public string Label => string.Join(", ", Picked.Select(k => k.Event is { } e ? Labels.Of(e) : "Rate changes"));

    /// <summary>The names in a URL: <see cref="RateChangeName"/> and the event kinds' names.</summary>
    public IEnumerable<string> Names => Picked.Select(k => k.Event?.ToString() ?? RateChangeName);

    private IEnumerable<(TimelineKinds Kind, EventKind? Event)> Picked
    {
        get
        {
            var self = this;
            return All.Where(k => self.Contains(k.Kind));
        }
    }

    public override string ToString() => string.Join(",", Names);

    /// <summary>Reads one name (any case): <see cref="RateChangeName"/> or an event kind's name, not its number.</summary>
    public static bool TryParse(string name, out TimelineKinds kind)
    {
        kind = default;
        var text = name.Trim();
        if (string.Equals(text, RateChangeName, StringComparison.OrdinalIgnoreCase))
        {
            kind = RateChanges;
        }
        else if (!int.TryParse(text, out _) && Enum.TryParse<EventKind>(text, ignoreCase: true, out var eventKind) && Enum.IsDefined(eventKind))
        {
            kind = Of(eventKind);
        }

        return !kind.IsEmpty;
    }
}
