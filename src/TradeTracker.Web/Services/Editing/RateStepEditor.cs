using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Editing;

/// <summary>A rate step as an editor enters it: local dates and clock times in the zone the measure was declared in.</summary>
public sealed class RateStepInput
{
    public int MeasureId { get; set; }
    public decimal? RatePercent { get; set; }
    public DateOnly? FromDate { get; set; }

    /// <summary>Clock time the step took effect; empty means the start of the day (12:00 a.m.).</summary>
    public TimeOnly? FromTime { get; set; }
    public DateOnly? UntilDate { get; set; }
    public TimeOnly? UntilTime { get; set; }
    public string TimeZoneId { get; set; } = "America/New_York";
    public DateOnly? AnnouncedOn { get; set; }
    public bool NeverApplied { get; set; }
    public string? Notes { get; set; }
    public List<int> SourceIds { get; set; } = [];

    public static RateStepInput From(RateStep s)
    {
        var from = s.InForceFrom is { } f ? ZonedTime.ToLocal(f, s.TimeZoneId) : (DateTimeOffset?)null;
        var until = s.InForceUntil is { } u ? ZonedTime.ToLocal(u, s.TimeZoneId) : (DateTimeOffset?)null;
        return new RateStepInput
        {
            MeasureId = s.TariffMeasureId,
            RatePercent = s.RatePercent,
            FromDate = from is { } fd ? DateOnly.FromDateTime(fd.DateTime) : null,
            FromTime = from is { } ft ? TimeOnly.FromDateTime(ft.DateTime) : null,
            UntilDate = until is { } ud ? DateOnly.FromDateTime(ud.DateTime) : null,
            UntilTime = until is { } ut ? TimeOnly.FromDateTime(ut.DateTime) : null,
            TimeZoneId = s.TimeZoneId,
            AnnouncedOn = s.AnnouncedOn,
            NeverApplied = s.NeverApplied,
            Notes = s.Notes,
            SourceIds = s.Sources.Select(x => x.Id).ToList(),
        };
    }
}

public sealed class RateStepEditor(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<RateStepEditor> logger)
    : EditorBase<RateStep, RateStepInput>(dbFactory, time, logger)
{
    public const decimal MaxRate = 1000m;

    public override RateStepInput ToInput(RateStep entity) => RateStepInput.From(entity);

    protected override string Kind => "rate step";

    protected override IQueryable<RateStep> Query(AppDbContext db) => db.RateSteps.Include(s => s.Sources);

    protected override async Task ValidateAsync(AppDbContext db, RateStepInput input, int? id, ErrorBag errors, CancellationToken ct)
    {
        var measureExists = await db.Measures.AnyAsync(m => m.Id == input.MeasureId, ct);
        if (!measureExists)
        {
            errors.Add(nameof(input.MeasureId), $"Measure {input.MeasureId} does not exist.");
        }

        if (input.RatePercent is { } rate)
        {
            if (rate is < 0 or > MaxRate)
            {
                errors.Add(nameof(input.RatePercent), $"Rate must be between 0 and {MaxRate} percent (got {rate}).");
            }
            else if (decimal.Round(rate, 4) != rate)
            {
                errors.Add(nameof(input.RatePercent), "Rate may have at most 4 decimal places (e.g. 7.5 or 2.5).");
            }
        }
        else if (string.IsNullOrWhiteSpace(input.Notes))
        {
            errors.Add(nameof(input.RatePercent), "Rate is required (0 to 1000 percent). For a duty that is not ad valorem, leave it empty and describe the duty in Notes.");
        }

        CheckZone(nameof(input.TimeZoneId), input.TimeZoneId, errors);
        CheckDate(nameof(input.FromDate), input.FromDate, "In force from", errors);
        CheckDate(nameof(input.UntilDate), input.UntilDate, "In force until", errors);
        CheckDate(nameof(input.AnnouncedOn), input.AnnouncedOn, "Announced on", errors);
        errors.MaxLength(nameof(input.Notes), input.Notes, "Notes", 4000);
        if (!input.NeverApplied && input.FromDate is null)
        {
            errors.Add(nameof(input.FromDate), "Give the date the rate took effect, or tick 'never applied' for a rate that was only announced.");
        }

        if (input.NeverApplied && (input.FromDate is not null || input.UntilDate is not null))
        {
            errors.Add(nameof(input.FromDate), "A rate that never applied has no in-force dates: leave them empty and put the planned date in Notes.");
        }

        if (input.NeverApplied && input.FromDate is null && input.AnnouncedOn is null)
        {
            errors.Add(nameof(input.AnnouncedOn), "Give the date a never-applied rate was announced, so it can sit on the timeline.");
        }

        if (!input.NeverApplied && input.UntilDate is not null && input.FromDate is null)
        {
            errors.Add(nameof(input.UntilDate), "An end needs a start: give the date the rate took effect.");
        }

        if (errors.HasErrors || !measureExists)
        {
            await RequireSourcesAsync(db, input.SourceIds, errors, ct);
            return;
        }

        var (from, until) = Instants(input);
        if (from is { } f && until is { } u && u <= f)
        {
            errors.Add(nameof(input.UntilDate), "The end must come after the start.");
        }

        if (!input.NeverApplied && from is { } start)
        {
            // One query on the measure's steps (by its index), not a load of the whole schedule: a bulk import of many
            // steps of one measure stays linear.
            var end = until ?? DateTimeOffset.MaxValue;
            var self = id ?? 0;
            var clash = await db.RateSteps.AsNoTracking()
                .Where(s => s.TariffMeasureId == input.MeasureId && s.Id != self && !s.NeverApplied && s.InForceFrom != null
                    && s.InForceFrom < end && (s.InForceUntil == null || start < s.InForceUntil))
                .OrderBy(s => s.InForceFrom)
                .FirstOrDefaultAsync(ct);
            if (clash is not null)
            {
                var clashUntil = clash.InForceUntil is { } cu ? $" until {ZonedTime.Format(cu, clash.TimeZoneId)}" : " with no end";
                errors.Add(nameof(input.FromDate),
                    $"This overlaps the {Labels.Percent(clash.RatePercent)} step in force from {ZonedTime.Format(clash.InForceFrom!.Value, clash.TimeZoneId)}{clashUntil}. End that step first, or change the dates.");
            }
        }

        await RequireSourcesAsync(db, input.SourceIds, errors, ct);
    }

    protected override async Task Apply(AppDbContext db, RateStep entity, RateStepInput input, CancellationToken ct)
    {
        var (from, until) = Instants(input);
        entity.TariffMeasureId = input.MeasureId;
        entity.RatePercent = input.RatePercent;
        entity.InForceFrom = from;
        entity.InForceUntil = until;
        entity.TimeZoneId = input.TimeZoneId;
        entity.AnnouncedOn = input.AnnouncedOn;
        entity.NeverApplied = input.NeverApplied;
        entity.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        entity.TimelineDate = input.FromDate ?? input.AnnouncedOn!.Value;
        ReplaceAll(entity.Sources, await db.Sources.Where(s => input.SourceIds.Contains(s.Id)).ToListAsync(ct));
    }

    private static (DateTimeOffset? From, DateTimeOffset? Until) Instants(RateStepInput input) => (
        input.FromDate is { } fd ? ZonedTime.AtLocal(fd, input.FromTime ?? TimeOnly.MinValue, input.TimeZoneId) : null,
        input.UntilDate is { } ud ? ZonedTime.AtLocal(ud, input.UntilTime ?? TimeOnly.MinValue, input.TimeZoneId) : null);
}
