using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Editing;

public sealed class DeadlineInput
{
    public string Title { get; set; } = "";
    public DateOnly? DueDate { get; set; }

    /// <summary>Clock time it falls due; empty means the start of the day.</summary>
    public TimeOnly? DueTime { get; set; }
    public string TimeZoneId { get; set; } = "America/New_York";
    public string WhatHappens { get; set; } = "";

    /// <summary>Day the deadline was set (announced), in <see cref="TimeZoneId"/>; empty when not known (then every view
    /// of the past shows it).</summary>
    public DateOnly? AnnouncedDate { get; set; }

    /// <summary>Clock time it was announced; empty means the start of the day.</summary>
    public TimeOnly? AnnouncedTime { get; set; }
    public DeadlineStatus Status { get; set; }
    public string? Outcome { get; set; }

    /// <summary>Day the outcome (status, outcome text) became known; empty: from the due instant.</summary>
    public DateOnly? OutcomeDecidedOn { get; set; }
    public bool IsFeatured { get; set; }
    public Confidence Confidence { get; set; }
    public List<int> MeasureIds { get; set; } = [];
    public List<int> SourceIds { get; set; } = [];

    public static DeadlineInput From(Deadline d)
    {
        var local = ZonedTime.ToLocal(d.OriginalDueAt, d.TimeZoneId);
        var announced = d.AnnouncedAt is { } at ? ZonedTime.ToLocal(at, d.TimeZoneId) : (DateTimeOffset?)null;
        return new DeadlineInput
        {
            Title = d.Title,
            DueDate = DateOnly.FromDateTime(local.DateTime),
            DueTime = TimeOnly.FromDateTime(local.DateTime),
            TimeZoneId = d.TimeZoneId,
            WhatHappens = d.WhatHappens,
            AnnouncedDate = announced is { } a ? DateOnly.FromDateTime(a.DateTime) : null,
            AnnouncedTime = announced is { } t ? TimeOnly.FromDateTime(t.DateTime) : null,
            Status = d.Status,
            Outcome = d.Outcome,
            OutcomeDecidedOn = d.OutcomeDecidedOn,
            IsFeatured = d.IsFeatured,
            Confidence = d.Confidence,
            MeasureIds = d.Measures.Select(m => m.Id).ToList(),
            SourceIds = d.Sources.Select(s => s.Id).ToList(),
        };
    }
}

/// <summary>An extension: the new due date and time, when it was decided, and the source that says so.</summary>
public sealed class ExtensionInput
{
    public DateOnly? NewDueDate { get; set; }
    public TimeOnly? NewDueTime { get; set; }
    public string TimeZoneId { get; set; } = "America/New_York";
    public DateOnly? DecidedOn { get; set; }
    public string? Note { get; set; }
    public int? SourceId { get; set; }
}

public sealed class DeadlineEditor(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<DeadlineEditor> logger)
    : EditorBase<Deadline, DeadlineInput>(dbFactory, time, logger)
{
    public override DeadlineInput ToInput(Deadline entity) => DeadlineInput.From(entity);

    protected override string Kind => "deadline";

    protected override IQueryable<Deadline> Query(AppDbContext db) =>
        db.Deadlines.Include(d => d.Sources).Include(d => d.Measures).Include(d => d.Extensions);

    protected override async Task ValidateAsync(AppDbContext db, DeadlineInput input, int? id, ErrorBag errors, CancellationToken ct)
    {
        errors.Required(nameof(input.Title), input.Title, "Title", 300, TextLines.Single);
        errors.Required(nameof(input.WhatHappens), input.WhatHappens, "What happens", 4000, TextLines.Multi);
        errors.Optional(nameof(input.Outcome), input.Outcome, "Outcome", 4000, TextLines.Multi);
        if (input.DueDate is null)
        {
            errors.Add(nameof(input.DueDate), "Due date is required.");
        }

        CheckDate(nameof(input.DueDate), input.DueDate, "Due date", errors);
        CheckZone(nameof(input.TimeZoneId), input.TimeZoneId, errors);
        CheckDate(nameof(input.AnnouncedDate), input.AnnouncedDate, "Announced on", errors);
        CheckDate(nameof(input.OutcomeDecidedOn), input.OutcomeDecidedOn, "Outcome decided on", errors);
        if (input.AnnouncedTime is not null && input.AnnouncedDate is null)
        {
            errors.Add(nameof(input.AnnouncedDate), "Give the day it was announced, or leave the time empty.");
        }

        if (await db.Measures.CountAsync(m => input.MeasureIds.Contains(m.Id), ct) != input.MeasureIds.Distinct().Count())
        {
            errors.Add(nameof(input.MeasureIds), "One of the linked measures does not exist.");
        }

        await RequireSourcesAsync(db, input.SourceIds, errors, ct);
    }

    protected override async Task Apply(AppDbContext db, Deadline entity, DeadlineInput input, CancellationToken ct)
    {
        entity.Title = SafeText.Clean(input.Title);
        entity.OriginalDueAt = ZonedTime.AtLocal(input.DueDate!.Value, input.DueTime ?? TimeOnly.MinValue, input.TimeZoneId);
        entity.TimeZoneId = input.TimeZoneId;
        entity.WhatHappens = SafeText.Clean(input.WhatHappens);
        entity.AnnouncedAt = input.AnnouncedDate is { } announced
            ? ZonedTime.AtLocal(announced, input.AnnouncedTime ?? TimeOnly.MinValue, input.TimeZoneId)
            : null;
        entity.Status = input.Status;
        entity.Outcome = SafeText.CleanOrNull(input.Outcome);
        entity.OutcomeDecidedOn = input.OutcomeDecidedOn;
        entity.Confidence = input.Confidence;
        if (input.IsFeatured && !entity.IsFeatured)
        {
            // One featured deadline: featuring this one un-features the other.
            await db.Deadlines.Where(d => d.IsFeatured).ForEachAsync(d => d.IsFeatured = false, ct);
        }

        entity.IsFeatured = input.IsFeatured;
        ReplaceAll(entity.Measures, await db.Measures.Where(m => input.MeasureIds.Contains(m.Id)).ToListAsync(ct));
        ReplaceAll(entity.Sources, await db.Sources.Where(s => input.SourceIds.Contains(s.Id)).ToListAsync(ct));
    }

    /// <summary>An extension's note: one line of at most 1,000 characters. The import checks its extension_note cells
    /// with it too.</summary>
    public static void CheckNote(ErrorBag errors, string field, string? note) => errors.Optional(field, note, "Note", 1000, TextLines.Single);

    /// <summary>Records an extension: the deadline's due instant moves, its history keeps the earlier one.</summary>
    public async Task<Deadline> ExtendAsync(ClaimsPrincipal user, int id, Guid version, ExtensionInput input, CancellationToken ct = default)
    {
        var actor = RequireEditor(user);
        await using var db = await OpenAsync(actor, ct);
        var errors = new ErrorBag();
        if (input.NewDueDate is null)
        {
            errors.Add(nameof(input.NewDueDate), "New due date is required.");
        }

        if (input.DecidedOn is null)
        {
            errors.Add(nameof(input.DecidedOn), "Give the date the extension was decided.");
        }

        CheckDate(nameof(input.NewDueDate), input.NewDueDate, "New due date", errors);
        CheckDate(nameof(input.DecidedOn), input.DecidedOn, "Decided on", errors);
        CheckZone(nameof(input.TimeZoneId), input.TimeZoneId, errors);
        CheckNote(errors, nameof(input.Note), input.Note);
        if (input.SourceId is not { } sourceId || !await db.Sources.AnyAsync(s => s.Id == sourceId, ct))
        {
            errors.Add(nameof(input.SourceId), "Give the source that reports the extension.");
        }

        errors.ThrowIfAny();
        var deadline = await Query(db).FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RowNotFoundException(Kind, id);
        if (deadline.Version != version)
        {
            throw new ConcurrencyConflictException($"This deadline was changed by {deadline.UpdatedBy} after you opened it. Reload it, then record the extension again.");
        }

        var newDue = ZonedTime.AtLocal(input.NewDueDate!.Value, input.NewDueTime ?? TimeOnly.MinValue, input.TimeZoneId);
        var (currentDue, currentZone) = deadline.CurrentDue();
        foreach (var problem in DeadlineExtensionRule.Check(currentDue, currentZone, newDue, input.TimeZoneId, input.DecidedOn!.Value))
        {
            errors.Add(problem.Field == ExtensionField.NewDue ? nameof(input.NewDueDate) : nameof(input.DecidedOn), problem.Message);
        }

        errors.ThrowIfAny();
        deadline.Extend(newDue, input.TimeZoneId, input.DecidedOn!.Value, SafeText.CleanOrNull(input.Note), input.SourceId!.Value);
        deadline.Status = DeadlineStatus.Extended;
        db.Entry(deadline).Property(d => d.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("This deadline was changed by someone else while you were saving. Reload it and record the extension again.");
        }

        logger.LogInformation("{Actor} extended deadline {Id} to {NewDueAt}", actor, id, newDue);
        return deadline;
    }
}
