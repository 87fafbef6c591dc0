using System.Globalization;

namespace TradeTracker.Web.Domain;

/// <summary>Calendar dates and instants in a named IANA zone: the rules behind "a bare date means the end of that day".</summary>
public static class ZonedTime
{
    private static readonly Dictionary<string, (string Standard, string Daylight)> Abbreviations = new()
    {
        ["America/New_York"] = ("EST", "EDT"),
        ["America/Chicago"] = ("CST", "CDT"),
        ["America/Los_Angeles"] = ("PST", "PDT"),
        ["Europe/London"] = ("GMT", "BST"),
        ["Europe/Brussels"] = ("CET", "CEST"),
        ["Europe/Berlin"] = ("CET", "CEST"),
        ["Europe/Paris"] = ("CET", "CEST"),
        ["Asia/Shanghai"] = ("Beijing time", "Beijing time"),
        ["Asia/Tokyo"] = ("JST", "JST"),
        ["Etc/UTC"] = ("UTC", "UTC"),
        ["UTC"] = ("UTC", "UTC"),
    };

    public static bool IsKnownZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static TimeZoneInfo Zone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    /// <summary>The instant a local clock time occurs in the zone. A time skipped by a spring-forward change moves
    /// forward by the gap; a time repeated by a fall-back change takes its first (daylight) occurrence.</summary>
    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly time, string timeZoneId)
    {
        var zone = Zone(timeZoneId);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gap = zone.GetAdjustmentRules()
                .Where(r => r.DateStart <= local && local <= r.DateEnd)
                .Select(r => r.DaylightDelta)
                .DefaultIfEmpty(TimeSpan.FromHours(1))
                .First();
            local = local.Add(gap);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset StartOfDay(DateOnly date, string timeZoneId) => AtLocal(date, TimeOnly.MinValue, timeZoneId);

    /// <summary>The last instant of a calendar day in the zone (one tick before the next day starts).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, string timeZoneId) =>
        StartOfDay(date.AddDays(1), timeZoneId).AddTicks(-1);

    public static DateTimeOffset ToLocal(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, Zone(timeZoneId));

    public static DateOnly LocalDate(DateTimeOffset instant, string timeZoneId) =>
        DateOnly.FromDateTime(ToLocal(instant, timeZoneId).DateTime);

    /// <summary>The zone's abbreviation at that instant ("EDT", "EST", "Beijing time"), else its UTC offset.</summary>
    public static string Abbreviation(DateTimeOffset instant, string timeZoneId)
    {
        var local = ToLocal(instant, timeZoneId);
        if (Abbreviations.TryGetValue(timeZoneId, out var names))
        {
            return Zone(timeZoneId).IsDaylightSavingTime(local) ? names.Daylight : names.Standard;
        }

        var offset = local.Offset;
        return offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }

    /// <summary>"12:01 a.m. EDT, April 10, 2025": the instant on the wall clock of the zone it was declared in.</summary>
    public static string Format(DateTimeOffset instant, string timeZoneId)
    {
        var local = ToLocal(instant, timeZoneId);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var meridiem = local.Hour < 12 ? "a.m." : "p.m.";
        return string.Create(CultureInfo.InvariantCulture,
            $"{hour}:{local.Minute:00} {meridiem} {Abbreviation(instant, timeZoneId)}, {local:MMMM d, yyyy}");
    }

    /// <summary>"February 20, 2026": the one way dates are written for people.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>Reads an "as of" value: a bare date (yyyy-MM-dd) is the end of that day in the zone; a date and time
    /// without offset is that wall-clock time in the zone; an ISO 8601 instant with offset or Z is that instant.</summary>
    public static bool TryParseAsOf(string? text, string timeZoneId, out DateTimeOffset instant, out string error)
    {
        instant = default;
        error = "";
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            error = "Give a date (2025-06-09) or an ISO 8601 instant (2025-04-10T00:01:00-04:00).";
            return false;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (!InRange(date, out error))
            {
                return false;
            }

            instant = EndOfDay(date, timeZoneId);
            return true;
        }

        var hasOffset = value.EndsWith('Z') || value.EndsWith('z') || HasNumericOffset(value);
        if (hasOffset && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && value.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            instant = withOffset.ToUniversalTime();
            return InRange(DateOnly.FromDateTime(instant.UtcDateTime), out error);
        }

        string[] localFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
        if (!hasOffset && DateTime.TryParseExact(value, localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (!InRange(DateOnly.FromDateTime(local), out error))
            {
                return false;
            }

            instant = AtLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), timeZoneId);
            return true;
        }

        error = $"'{Truncate(value)}' is not a date. Give a date (2025-06-09) or an ISO 8601 instant (2025-04-10T00:01:00-04:00).";
        return false;
    }

    private static bool HasNumericOffset(string value)
    {
        var t = value.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (t < 0)
        {
            return false;
        }

        var time = value[t..];
        return time.Contains('+') || time.Contains('-');
    }

    /// <summary>The range is checked on the calendar date before any conversion: near the ends of the calendar the
    /// conversion itself would throw.</summary>
    private static bool InRange(DateOnly date, out string error)
    {
        error = AsOf.IsInRange(date) ? "" : AsOf.OutOfRange;
        return error.Length == 0;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
