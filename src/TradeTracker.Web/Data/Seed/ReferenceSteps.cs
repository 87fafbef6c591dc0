using System.Globalization;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

/// <summary>How reference rate rows (<c>tariff_measures.csv</c>) become one measure's rate steps: the group's clock
/// times and end overrides (<c>measure-groups.json</c>), and "a step runs to the next one when that starts the day
/// after its last day". Shared by the seeder and the import of a reference file, so both build the same steps.</summary>
internal static class ReferenceSteps
{
    public static List<RateStep> Build(MeasureGroup group, List<MeasureRow> rows, string zone, Func<MeasureRow, Source> sourceFor)
    {
        var starts = rows.ToDictionary(r => r.Id, r => StartOf(group, r, zone));
        return rows.Select(row =>
        {
            var neverApplied = row.Status is "cancelled_before_effect" or "superseded_before_effect";
            var from = neverApplied ? null : starts[row.Id];
            DateTimeOffset? until = null;
            if (group.UntilOverrides?.TryGetValue(row.Id, out var overrideText) == true)
            {
                until = DateTimeOffset.Parse(overrideText, CultureInfo.InvariantCulture).ToUniversalTime();
            }
            else if (!neverApplied && SeedText.ParseDate(row.EndDate) is { } endDate)
            {
                // The step runs to the next step of the same schedule if that starts the following day; otherwise to
                // the same clock time on the day after its last day.
                var next = rows.FirstOrDefault(r => SeedText.ParseDate(r.EffectiveDate) == endDate.AddDays(1) && starts[r.Id] is not null);
                until = next is not null
                    ? starts[next.Id]
                    : ZonedTime.AtLocal(endDate.AddDays(1), ClockTime(group, row.Id), zone);
            }

            var effective = SeedText.ParseDate(row.EffectiveDate);
            var announced = SeedText.ParseDate(row.AnnouncedDate);
            return new RateStep
            {
                ReferenceId = row.Id,
                LegalBasis = SeedText.Blank(row.LegalBasis),
                RatePercent = decimal.TryParse(row.Rate, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) ? rate : null,
                InForceFrom = from,
                InForceUntil = until,
                TimeZoneId = zone,
                AnnouncedOn = announced,
                NeverApplied = neverApplied,
                Notes = SeedText.Blank(row.Notes),
                TimelineDate = effective ?? announced ?? DateOnly.MinValue,
                Sources = [sourceFor(row)],
            };
        }).ToList();
    }

    private static DateTimeOffset? StartOf(MeasureGroup group, MeasureRow row, string zone) =>
        SeedText.ParseDate(row.EffectiveDate) is { } date ? ZonedTime.AtLocal(date, ClockTime(group, row.Id), zone) : null;

    private static TimeOnly ClockTime(MeasureGroup group, string rowId) =>
        group.ClockTimes?.TryGetValue(rowId, out var text) == true
            ? TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture)
            : TimeOnly.MinValue;
}

/// <summary>How the reference files write dates and empty cells.</summary>
internal static class SeedText
{
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
