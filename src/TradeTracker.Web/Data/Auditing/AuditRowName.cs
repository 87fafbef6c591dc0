using System.Globalization;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>What a changed row is called where people read of it (live notices, history, the changes page): a rate step
/// by its measure, rate and start ("Section 301 List 3: 20% from July 9, 2025"), any other row by its title or name in
/// quotes. Never an id.</summary>
public static class AuditRowName
{
    /// <summary>The measure a rate step's snapshot belongs to, if it is one (to look its name up).</summary>
    public static int? MeasureIdOf(string kind, IReadOnlyDictionary<string, string?> snapshot) =>
        kind == AuditKinds.RateStep && int.TryParse(snapshot.GetValueOrDefault(nameof(RateStep.TariffMeasureId)), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>The row's name from its snapshot (<see cref="AuditEntry.SnapshotText"/>); <paramref name="measureName"/> is
    /// the name of a rate step's measure.</summary>
    public static string Of(string kind, IReadOnlyDictionary<string, string?> snapshot, string? measureName)
    {
        string? Field(string name) => snapshot.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

        if (kind == AuditKinds.RateStep)
        {
            var rate = decimal.TryParse(Field(nameof(RateStep.RatePercent)), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)
                ? percent.ToString("0.####", CultureInfo.InvariantCulture) + "%"
                : "not ad valorem";
            var when = Field(nameof(RateStep.NeverApplied)) == "true" ? ", never applied"
                : DateTimeOffset.TryParse(Field(nameof(RateStep.InForceFrom)), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var from)
                    && Field(nameof(RateStep.TimeZoneId)) is { } zone && ZonedTime.IsKnownZone(zone)
                    ? " from " + ZonedTime.FormatDate(ZonedTime.LocalDate(from, zone))
                    : "";
            return $"{measureName ?? "A measure"}: {rate}{when}";
        }

        return (Field("Title") ?? Field("Name") ?? Field("Publisher")) is { } name ? $"“{name}”" : $"an untitled {AuditKinds.Label(kind).ToLowerInvariant()}";
    }
}
