using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TradeTracker.Web.Data;

/// <summary>Stores an instant as fixed-width UTC ISO 8601 text ("2025-04-10T04:01:00.0000000Z"), which sorts as time does.</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, string>(
    v => v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
    s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));

/// <summary>The same instant at offset zero, the only offset Npgsql writes to <c>timestamptz</c>; the time zone a user
/// declared is kept in the row's own <c>TimeZoneId</c>, as on SQLite.</summary>
public sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
