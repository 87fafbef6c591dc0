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

/// <summary>Decimals read from PostgreSQL as SQLite gives them back: the column's fixed scale (<c>numeric(9,4)</c> reads
/// 30 as 30.0000) dropped to the fewest digits, at least one (30.0, 12.5), so both stores answer the same text in JSON,
/// CSV and the audit log.</summary>
public sealed class StoredDecimalConverter() : ValueConverter<decimal, decimal>(v => v, v => AsSqliteReadsIt(v))
{
    public static decimal AsSqliteReadsIt(decimal value)
    {
        var fewest = value / 1.0000000000000000000000000000m;
        return fewest.Scale == 0 ? fewest + 0.0m : fewest;
    }
}
