using System.Security.Claims;
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

public sealed class RateStepEditor(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, DisplayClock clock, ILogger<RateStepEditor> logger)
    : EditorBase<RateStep, RateStepInput>(dbFactory, time, logger)
{
    /// <summary>The input fields <see cref="RateStep.Validate"/>'s problems belong to, where the names differ.</summary>
    private static readonly Dictionary<string, string> InputFields = new()
    {
        [nameof(RateStep.InForceFrom)] = nameof(RateStepInput.FromDate),
        [nameof(RateStep.InForceUntil)] = nameof(RateStepInput.UntilDate),
    };

    public override RateStepInput ToInput(RateStep entity) => RateStepInput.From(entity);

    protected override string Kind => "rate step";

    protected override IQueryable<RateStep> Query(AppDbContext db) => db.RateSteps.Include(s => s.Sources);

    /// <summary>The step an input describes, unsaved and without sources: what <see cref="RateStep.Validate"/> checks.
    /// Dates outside the years AsOf allows or in an unknown zone (both refused with their own message) are read in UTC, so every
    /// other rule can still be checked and reported at once.</summary>
    public static RateStep Draft(RateStepInput input, int id = 0) => Fill(new RateStep { Id = id }, input);

    /// <summary>The measure's stored applied steps that overlap <paramref name="step"/>, every one of them (one query on
    /// the measure's index, not a load of the whole schedule: a bulk import of many steps of one measure stays linear).
    /// Steps an import plans (<see cref="AppDbContext.Planned"/>) count as stored, as they will be saved.</summary>
    public static async Task<List<RateStep>> OverlappingAsync(AppDbContext db, RateStep step, CancellationToken ct)
    {
        if (step is not { Applied: true, InForceFrom: { } start })
        {
            return [];
        }

        var end = step.InForceUntil ?? DateTimeOffset.MaxValue;
        var stored = await db.RateSteps.AsNoTracking()
            .Where(s => s.TariffMeasureId == step.TariffMeasureId && s.Id != step.Id && !s.NeverApplied && s.InForceFrom != null
                && s.InForceFrom < end && (s.InForceUntil == null || start < s.InForceUntil))
            .OrderBy(s => s.InForceFrom)
            .ToListAsync(ct);
        if (db.Planned is not { } planned)
        {
            return stored;
        }

        return stored.Where(s => !planned.Steps.ContainsKey(s.Id))
            .Concat(planned.Steps.Values.Where(s => s.TariffMeasureId == step.TariffMeasureId && s.Id != step.Id && step.Overlaps(s)))
            .OrderBy(s => s.InForceFrom)
            .ToList();
    }

    /// <summary>Ends the measure's current step (<see cref="RateSuccession.CurrentOf"/>) at the instant the new step
    /// <paramref name="input"/> takes effect, and adds that step, in one transaction: both are saved, or neither.
    /// <paramref name="currentId"/> and <paramref name="currentVersion"/> are the step the editor saw as current: if it has
    /// changed since, or another step is current now, nothing is saved and the editor is told, as for any other edit.</summary>
    public async Task<RateStep> EndAndAddAsync(ClaimsPrincipal user, int currentId, Guid currentVersion, RateStepInput input, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = RateSuccession.CurrentOf(await db.RateSteps.AsNoTracking().Include(s => s.Sources)
            .Where(s => s.TariffMeasureId == input.MeasureId).ToListAsync(ct));
        if (current is not null && current.Id != currentId)
        {
            throw new ConcurrencyConflictException(
                $"The step in force now is no longer the one you opened this form on: {current.UpdatedBy} changed the schedule at {current.UpdatedAt:u}. Reload to end the step that is current now.");
        }

        var next = Draft(input);
        var errors = new ErrorBag();
        foreach (var problem in RateSuccession.Check(current, next.InForceFrom))
        {
            errors.Add(InputFields.GetValueOrDefault(problem.Field, problem.Field), problem.Message);
        }

        errors.ThrowIfAny();
        var ended = RateStepInput.From(current!);
        var end = ZonedTime.ToLocal(next.InForceFrom!.Value, current!.TimeZoneId);
        (ended.UntilDate, ended.UntilTime) = (DateOnly.FromDateTime(end.DateTime), TimeOnly.FromDateTime(end.DateTime));
        await UpdateInAsync(db, current.Id, currentVersion, ended, ct);
        var added = await CreateInAsync(db, input, ct);
        await transaction.CommitAsync(ct);
        LogChange(actor, "ended", current.Id);
        LogChange(actor, "added, from the end of the step it took over from,", added.Id);
        return added;
    }

    protected override async Task ValidateAsync(AppDbContext db, RateStepInput input, int? id, ErrorBag errors, CancellationToken ct)
    {
        var measureExists = await db.Measures.AnyAsync(m => m.Id == input.MeasureId, ct);
        if (!measureExists)
        {
            errors.Add(nameof(input.MeasureId), $"Measure {input.MeasureId} does not exist.");
        }

        CheckDate(nameof(input.FromDate), input.FromDate, "In force from", errors);
        CheckDate(nameof(input.UntilDate), input.UntilDate, "In force until", errors);
        CheckDate(nameof(input.AnnouncedOn), input.AnnouncedOn, "Announced on", errors);
        errors.Optional(nameof(input.Notes), input.Notes, "Notes", 4000, TextLines.Multi);
        var step = Draft(input, id ?? 0);
        var siblings = measureExists ? await OverlappingAsync(db, step, ct) : [];
        foreach (var problem in step.Validate(siblings))
        {
            errors.Add(InputFields.GetValueOrDefault(problem.Field, problem.Field), problem.Message);
        }

        await RequireSourcesAsync(db, input.SourceIds, errors, ct);
    }

    /// <summary>Also stamps the measure as reviewed today: an editor saving one of its steps has checked it. The stamp is
    /// not an edit of the measure, so it keeps the measure's version: a measure form left open beside its steps panel
    /// still saves without a conflict.</summary>
    protected override async Task Apply(AppDbContext db, RateStep entity, RateStepInput input, CancellationToken ct)
    {
        Fill(entity, input);
        ReplaceAll(entity.Sources, await db.Sources.Where(s => input.SourceIds.Contains(s.Id)).ToListAsync(ct));
        var today = clock.LocalDate(clock.Now);
        await db.Measures.Where(m => m.Id == input.MeasureId && m.ReviewedOn != today)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReviewedOn, today), ct);
    }

    private static RateStep Fill(RateStep step, RateStepInput input)
    {
        var readable = ZonedTime.IsKnownZone(input.TimeZoneId) && InRange(input.FromDate) && InRange(input.UntilDate);
        var zone = readable ? input.TimeZoneId : "Etc/UTC";
        step.TariffMeasureId = input.MeasureId;
        step.RatePercent = input.RatePercent;
        step.InForceFrom = input.FromDate is { } fd ? ZonedTime.AtLocal(fd, input.FromTime ?? TimeOnly.MinValue, zone) : null;
        step.InForceUntil = input.UntilDate is { } ud ? ZonedTime.AtLocal(ud, input.UntilTime ?? TimeOnly.MinValue, zone) : null;
        step.TimeZoneId = input.TimeZoneId;
        step.AnnouncedOn = input.AnnouncedOn;
        step.NeverApplied = input.NeverApplied;
        step.Notes = SafeText.CleanOrNull(input.Notes);
        step.TimelineDate = input.FromDate ?? input.AnnouncedOn ?? default;
        return step;
    }

    private static bool InRange(DateOnly? date) => date is not { } day || AsOf.IsInRange(day);
}
