using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.ReadModels;

/// <summary>A timeline entry's 64-bit key: the day (<see cref="DateOnly.DayNumber"/>) in the high bits, then one bit
/// for the type (a rate change above an event of the same day), then the id in the low 32 bits. Newest first is
/// <c>ORDER BY Key DESC</c>, and the entries of a range of days are a range of keys.</summary>
public static class TimelineKeys
{
    private const int DayShift = 33;
    private const int TypeShift = 32;

    public static long Of(DateOnly date, TimelineEntryType type, int id) =>
        ((long)date.DayNumber << DayShift) | ((type == TimelineEntryType.RateChange ? 1L : 0L) << TypeShift) | (uint)id;

    /// <summary>The smallest key of a day: entries before <paramref name="date"/> are the keys below it.</summary>
    public static long DayStart(DateOnly date) => (long)date.DayNumber << DayShift;

    /// <summary>The first key past a day: entries on or before <paramref name="date"/> are the keys below it.</summary>
    public static long DayEnd(DateOnly date) => ((long)date.DayNumber + 1) << DayShift;

    /// <summary>Whether <paramref name="key"/> is one <see cref="Of"/> can make: a real day and a positive id.</summary>
    public static bool IsValid(long key) =>
        key > 0 && key >> DayShift <= DateOnly.MaxValue.DayNumber && (int)(key & uint.MaxValue) > 0;
}
