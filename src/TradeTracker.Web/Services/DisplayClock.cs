using Microsoft.Extensions.Options;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Now, the display zone, and "as of" values read in it.</summary>
public sealed class DisplayClock(TimeProvider time, IOptions<TradeTrackerOptions> options)
{
    public string TimeZoneId => options.Value.DisplayTimeZone;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Reads an "as of" query value; empty means now.</summary>
    public bool TryResolve(string? asOf, out DateTimeOffset instant, out string error)
    {
        if (string.IsNullOrWhiteSpace(asOf))
        {
            instant = Now;
            error = "";
            return true;
        }

        return ZonedTime.TryParseAsOf(asOf, TimeZoneId, out instant, out error);
    }

    public DateOnly LocalDate(DateTimeOffset instant) => ZonedTime.LocalDate(instant, TimeZoneId);

    public string Format(DateTimeOffset instant) => ZonedTime.Format(instant, TimeZoneId);
}
