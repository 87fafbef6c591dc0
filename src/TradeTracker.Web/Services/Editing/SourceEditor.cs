using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Editing;

public sealed class SourceInput
{
    public string Publisher { get; set; } = "";
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public DateOnly? PublishedOn { get; set; }

    public static SourceInput From(Source s) => new() { Publisher = s.Publisher, Title = s.Title, Url = s.Url, PublishedOn = s.PublishedOn };
}

public sealed class SourceEditor(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<SourceEditor> logger)
    : EditorBase<Source, SourceInput>(dbFactory, time, logger)
{
    public override SourceInput ToInput(Source entity) => SourceInput.From(entity);

    protected override string Kind => "source";

    protected override IQueryable<Source> Query(AppDbContext db) => db.Sources;

    protected override Task ValidateAsync(AppDbContext db, SourceInput input, int? id, ErrorBag errors, CancellationToken ct)
    {
        errors.Required(nameof(input.Publisher), input.Publisher, "Publisher", 300, TextLines.Single);
        errors.Optional(nameof(input.Title), input.Title, "Title", 500, TextLines.Single);
        if (errors.Required(nameof(input.Url), input.Url, "URL", 2000, TextLines.Single) && WebAddress.Problem(input.Url) is { } problem)
        {
            errors.Add(nameof(input.Url), $"URL {problem}");
        }

        CheckDate(nameof(input.PublishedOn), input.PublishedOn, "Publication date", errors);
        return Task.CompletedTask;
    }

    /// <summary>How many facts cite the source: one still cited is not deleted.</summary>
    public static async Task<int> CitationsAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.Measures.CountAsync(m => m.Sources.Any(s => s.Id == id), ct)
        + await db.RateSteps.CountAsync(m => m.Sources.Any(s => s.Id == id), ct)
        + await db.Events.CountAsync(m => m.Sources.Any(s => s.Id == id), ct)
        + await db.Deadlines.CountAsync(m => m.Sources.Any(s => s.Id == id), ct)
        + await db.Set<DeadlineExtension>().CountAsync(x => x.SourceId == id, ct)
        + await db.Set<Disagreement>().CountAsync(x => x.ClaimSourceId == id || x.CounterSourceId == id, ct);

    protected override Task Apply(AppDbContext db, Source entity, SourceInput input, CancellationToken ct)
    {
        entity.Publisher = SafeText.Clean(input.Publisher);
        entity.Title = SafeText.Clean(input.Title);
        entity.Url = SafeText.Clean(input.Url);
        entity.PublishedOn = input.PublishedOn;
        return Task.CompletedTask;
    }

    protected override async Task ValidateDeleteAsync(AppDbContext db, Source entity, ErrorBag errors, CancellationToken ct)
    {
        var uses = await CitationsAsync(db, entity.Id, ct);
        if (uses > 0)
        {
            errors.Add("Id", $"This source is still cited by {uses} fact(s); cite another source there first.");
        }
    }
}
