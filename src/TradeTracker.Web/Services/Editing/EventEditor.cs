using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Editing;

public sealed class EventInput
{
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public EventKind Kind { get; set; } = EventKind.Announcement;
    public string Title { get; set; } = "";
    public string? Location { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>People, separated by semicolons, each as "Name (role)".</summary>
    public string Participants { get; set; } = "";
    public List<string> EconomyCodes { get; set; } = [];
    public List<int> MeasureIds { get; set; } = [];
    public List<int> DeadlineIds { get; set; } = [];
    public Confidence Confidence { get; set; }
    public List<int> SourceIds { get; set; } = [];

    public static EventInput From(TradeEvent e) => new()
    {
        StartsOn = e.StartsOn,
        EndsOn = e.EndsOn,
        Kind = e.Kind,
        Title = e.Title,
        Location = e.Location,
        Summary = e.Summary,
        Participants = Participant.FormatList(e.Participants),
        EconomyCodes = e.Economies.Select(x => x.Code).ToList(),
        MeasureIds = e.Measures.Select(m => m.Id).ToList(),
        DeadlineIds = e.Deadlines.Select(d => d.Id).ToList(),
        Confidence = e.Confidence,
        SourceIds = e.Sources.Select(s => s.Id).ToList(),
    };
}

public sealed class EventEditor(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<EventEditor> logger)
    : EditorBase<TradeEvent, EventInput>(dbFactory, time, logger)
{
    public override EventInput ToInput(TradeEvent entity) => EventInput.From(entity);

    protected override string Kind => "event";

    protected override IQueryable<TradeEvent> Query(AppDbContext db) =>
        db.Events.Include(e => e.Sources).Include(e => e.Economies).Include(e => e.Measures).Include(e => e.Deadlines);

    protected override async Task ValidateAsync(AppDbContext db, EventInput input, int? id, ErrorBag errors, CancellationToken ct)
    {
        if (input.StartsOn is null)
        {
            errors.Add(nameof(input.StartsOn), "Date is required.");
        }

        CheckDate(nameof(input.StartsOn), input.StartsOn, "Date", errors);
        CheckDate(nameof(input.EndsOn), input.EndsOn, "End date", errors);
        if (input.EndsOn is { } end && input.StartsOn is { } start && end < start)
        {
            errors.Add(nameof(input.EndsOn), "The end date must be on or after the start date.");
        }

        errors.Required(nameof(input.Title), input.Title, "Title", 300, TextLines.Single);
        errors.Required(nameof(input.Summary), input.Summary, "Summary", 4000, TextLines.Multi);
        errors.Optional(nameof(input.Location), input.Location, "Location", 300, TextLines.Single);
        errors.Optional(nameof(input.Participants), input.Participants, "Participants", 4000, TextLines.Single);
        if (input.EconomyCodes.Count == 0)
        {
            errors.Add(nameof(input.EconomyCodes), "Name at least one economy involved.");
        }

        foreach (var code in input.EconomyCodes)
        {
            await CheckEconomyAsync(db, nameof(input.EconomyCodes), code, "Economy", true, errors, ct);
        }

        if (await db.Measures.CountAsync(m => input.MeasureIds.Contains(m.Id), ct) != input.MeasureIds.Distinct().Count())
        {
            errors.Add(nameof(input.MeasureIds), "One of the linked measures does not exist.");
        }

        if (await db.Deadlines.CountAsync(d => input.DeadlineIds.Contains(d.Id), ct) != input.DeadlineIds.Distinct().Count())
        {
            errors.Add(nameof(input.DeadlineIds), "One of the linked deadlines does not exist.");
        }

        await RequireSourcesAsync(db, input.SourceIds, errors, ct);
    }

    protected override async Task Apply(AppDbContext db, TradeEvent entity, EventInput input, CancellationToken ct)
    {
        entity.StartsOn = input.StartsOn!.Value;
        entity.EndsOn = input.EndsOn;
        entity.Kind = input.Kind;
        entity.Title = SafeText.Clean(input.Title);
        entity.Location = SafeText.CleanOrNull(input.Location);
        entity.Summary = SafeText.Clean(input.Summary);
        entity.Participants = Participant.ParseList(SafeText.Clean(input.Participants));
        entity.Confidence = input.Confidence;
        ReplaceAll(entity.Economies, await db.Economies.Where(x => input.EconomyCodes.Contains(x.Code)).ToListAsync(ct));
        ReplaceAll(entity.Measures, await db.Measures.Where(m => input.MeasureIds.Contains(m.Id)).ToListAsync(ct));
        ReplaceAll(entity.Deadlines, await db.Deadlines.Where(d => input.DeadlineIds.Contains(d.Id)).ToListAsync(ct));
        ReplaceAll(entity.Sources, await db.Sources.Where(s => input.SourceIds.Contains(s.Id)).ToListAsync(ct));
    }

    /// <summary>A ruling an invalidated measure names cannot be deleted: the measure's text links to it (the link is a
    /// plain id, so this is what keeps it true).</summary>
    protected override async Task ValidateDeleteAsync(AppDbContext db, TradeEvent entity, ErrorBag errors, CancellationToken ct)
    {
        var id = entity.Id;
        var measures = await db.Measures.IgnoreQueryFilters().Where(m => m.InvalidatedByEventId == id).Select(m => m.Name).ToListAsync(ct);
        if (measures.Count > 0)
        {
            errors.Add("Id", $"This event is the ruling that invalidated {string.Join(", ", measures)}: clear the ruling on those measures first.");
        }
    }
}
