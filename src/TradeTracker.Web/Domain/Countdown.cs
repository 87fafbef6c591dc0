namespace TradeTracker.Web.Domain;

/// <summary>Elapsed real time between now and a due instant, split into days, hours, minutes and seconds.
/// Days are 24-hour periods of real time, so a countdown across a DST change shows the hour gained or lost.</summary>
public readonly record struct Countdown(bool IsPast, int Days, int Hours, int Minutes, int Seconds)
{
    public static Countdown Between(DateTimeOffset now, DateTimeOffset due)
    {
        var span = due - now;
        var isPast = span <= TimeSpan.Zero;
        var total = (long)Math.Floor(Math.Abs(span.TotalSeconds));
        return new Countdown(
            isPast,
            (int)(total / 86_400),
            (int)(total % 86_400 / 3_600),
            (int)(total % 3_600 / 60),
            (int)(total % 60));
    }

    public override string ToString() =>
        $"{Days} {Plural(Days, "day")}, {Hours} {Plural(Hours, "hour")}, {Minutes} {Plural(Minutes, "minute")}, {Seconds} {Plural(Seconds, "second")}";

    /// <summary>The largest unit or two: "52 days", "5 hours, 3 minutes", "40 seconds".</summary>
    public string ToShortString() => (Days, Hours, Minutes) switch
    {
        ( > 1, _, _) => $"{Days} days",
        (1, _, _) => $"1 day, {Hours} {Plural(Hours, "hour")}",
        (0, > 0, _) => $"{Hours} {Plural(Hours, "hour")}, {Minutes} {Plural(Minutes, "minute")}",
        (0, 0, > 0) => $"{Minutes} {Plural(Minutes, "minute")}",
        _ => $"{Seconds} {Plural(Seconds, "second")}",
    };

    private static string Plural(int n, string unit) => n == 1 ? unit : unit + "s";
}
