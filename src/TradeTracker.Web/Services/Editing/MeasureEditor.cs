using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Editing;

public sealed class MeasureInput
{
    public string Key { get; set; } = "";
    public string ImposingEconomyCode { get; set; } = "";

    /// <summary>Empty for a global measure (all partners).</summary>
    public string? TargetEconomyCode { get; set; }
    public List<string> ExemptedEconomyCodes { get; set; } = [];
    public string Name { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public Coverage Coverage { get; set; }
    public string? ProductDescription { get; set; }

    /// <summary>HS code prefixes, separated by spaces or commas ("8471, 8517.13").</summary>
    public string HsPrefixes { get; set; } = "";
    public Combination Combination { get; set; }
    public List<int> AffectedMeasureIds { get; set; } = [];
    public MeasureStatus Status { get; set; } = MeasureStatus.InEffect;
    public Confidence Confidence { get; set; }
    public string? Notes { get; set; }

    /// <summary>For an invalidated measure: the day of the ruling, who ruled ("the Supreme Court"), the ruling event's id
    /// and what follows ("duties paid refundable").</summary>
    public DateOnly? InvalidatedOn { get; set; }
    public string? InvalidatedBy { get; set; }
    public int? InvalidatedByEventId { get; set; }
    public string? InvalidationNote { get; set; }
    public List<int> SourceIds { get; set; } = [];

    /// <summary>Keys of the shipped HS line lists the measure covers.</summary>
    public List<string> ProductLists { get; set; } = [];

    public static MeasureInput From(TariffMeasure m) => new()
    {
        Key = m.Key,
        ImposingEconomyCode = m.ImposingEconomyCode,
        TargetEconomyCode = m.TargetEconomyCode,
        ExemptedEconomyCodes = [.. m.ExemptedEconomyCodes],
        Name = m.Name,
        LegalBasis = m.LegalBasis,
        Coverage = m.Coverage,
        ProductDescription = m.ProductDescription,
        HsPrefixes = string.Join(" ", m.HsPrefixes),
        Combination = m.Combination,
        AffectedMeasureIds = m.AffectedMeasures.Select(a => a.Id).ToList(),
        Status = m.Status,
        Confidence = m.Confidence,
        Notes = m.Notes,
        InvalidatedOn = m.InvalidatedOn,
        InvalidatedBy = m.InvalidatedBy,
        InvalidatedByEventId = m.InvalidatedByEventId,
        InvalidationNote = m.InvalidationNote,
        SourceIds = m.Sources.Select(s => s.Id).ToList(),
        ProductLists = [.. m.ProductLists],
    };
}

public sealed partial class MeasureEditor(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, DisplayClock clock, ILogger<MeasureEditor> logger)
    : EditorBase<TariffMeasure, MeasureInput>(dbFactory, time, logger)
{
    public override MeasureInput ToInput(TariffMeasure entity) => MeasureInput.From(entity);

    protected override string Kind => "measure";

    protected override IQueryable<TariffMeasure> Query(AppDbContext db) =>
        db.Measures.Include(m => m.Sources).Include(m => m.AffectedMeasures);

    /// <summary>A purged measure takes its steps with it; loading them puts each in the audit log.</summary>
    protected override IQueryable<TariffMeasure> PurgeQuery(AppDbContext db) => Query(db).Include(m => m.Steps);

    protected override async Task ValidateAsync(AppDbContext db, MeasureInput input, int? id, ErrorBag errors, CancellationToken ct)
    {
        if (errors.Required(nameof(input.Key), input.Key, "Key", 100, TextLines.Single))
        {
            if (!KeyPattern().IsMatch(input.Key.Trim()))
            {
                errors.Add(nameof(input.Key), "Key may use capital letters, digits and hyphens only (e.g. USA-CHN-S301-L3).");
            }
            else if (await db.Measures.AnyAsync(m => m.Key == input.Key.Trim() && m.Id != id, ct) || (id is null && db.Planned?.MeasureKeys.Contains(input.Key.Trim()) == true))
            {
                errors.Add(nameof(input.Key), $"Another measure already has the key {input.Key.Trim()}.");
            }
        }

        await CheckEconomyAsync(db, nameof(input.ImposingEconomyCode), input.ImposingEconomyCode, "Imposing economy", true, errors, ct);
        await CheckEconomyAsync(db, nameof(input.TargetEconomyCode), input.TargetEconomyCode, "Target economy", false, errors, ct);
        if (!string.IsNullOrWhiteSpace(input.TargetEconomyCode) && input.TargetEconomyCode == input.ImposingEconomyCode)
        {
            errors.Add(nameof(input.TargetEconomyCode), "An economy cannot impose a tariff on itself: choose another target, or none for a global measure.");
        }

        foreach (var code in input.ExemptedEconomyCodes)
        {
            await CheckEconomyAsync(db, nameof(input.ExemptedEconomyCodes), code, "Exempted economy", true, errors, ct);
        }

        errors.Required(nameof(input.Name), input.Name, "Name", 300, TextLines.Single);
        errors.Required(nameof(input.LegalBasis), input.LegalBasis, "Legal basis", 500, TextLines.Single);
        errors.Optional(nameof(input.ProductDescription), input.ProductDescription, "Product description", 2000, TextLines.Multi);
        errors.Optional(nameof(input.Notes), input.Notes, "Notes", 4000, TextLines.Multi);
        foreach (var list in input.ProductLists)
        {
            errors.Optional(nameof(input.ProductLists), list, "Product list", 100, TextLines.Single);
        }

        if (input.Coverage == Coverage.ListedProducts && string.IsNullOrWhiteSpace(input.ProductDescription) && ParseHs(input.HsPrefixes).Count == 0)
        {
            errors.Add(nameof(input.ProductDescription), "A listed-products measure needs a product description or HS codes.");
        }

        foreach (var bad in SplitHs(input.HsPrefixes).Where(h => !HsPattern().IsMatch(h)))
        {
            errors.Add(nameof(input.HsPrefixes), $"'{bad}' is not an HS code: use 2 to 10 digits, dots allowed (e.g. 8517.13).");
        }

        if (input.Combination != Combination.Adds && input.AffectedMeasureIds.Count == 0)
        {
            errors.Add(nameof(input.AffectedMeasureIds), "Name the measures this one replaces or excepts.");
        }

        if (id is { } self && input.AffectedMeasureIds.Contains(self))
        {
            errors.Add(nameof(input.AffectedMeasureIds), "A measure cannot replace or except itself.");
        }

        var found = await db.Measures.CountAsync(m => input.AffectedMeasureIds.Contains(m.Id), ct)
            + input.AffectedMeasureIds.Distinct().Count(m => db.Planned?.MeasureIds.Contains(m) == true);
        if (found != input.AffectedMeasureIds.Distinct().Count())
        {
            errors.Add(nameof(input.AffectedMeasureIds), "One of the measures named as replaced or excepted does not exist.");
        }

        CheckInvalidation(input, errors);
        if (input.InvalidatedByEventId is { } ruling && !await db.Events.AnyAsync(e => e.Id == ruling, ct))
        {
            errors.Add(nameof(input.InvalidatedByEventId), $"Event {ruling} does not exist: give the id of the ruling's event, or leave it empty.");
        }

        await RequireSourcesAsync(db, input.SourceIds, errors, ct);
    }

    private static void CheckInvalidation(MeasureInput input, ErrorBag errors)
    {
        CheckDate(nameof(input.InvalidatedOn), input.InvalidatedOn, "Invalidated on", errors);
        errors.Optional(nameof(input.InvalidatedBy), input.InvalidatedBy, "Invalidated by", 200, TextLines.Single);
        errors.Optional(nameof(input.InvalidationNote), input.InvalidationNote, "Invalidation note", 500, TextLines.Single);
        if (input.Status == MeasureStatus.Invalidated && input.InvalidatedOn is null)
        {
            errors.Add(nameof(input.InvalidatedOn), "An invalidated measure needs the day of the ruling that held it void.");
        }
    }

    protected override async Task Apply(AppDbContext db, TariffMeasure entity, MeasureInput input, CancellationToken ct)
    {
        entity.Key = input.Key.Trim();
        entity.ImposingEconomyCode = input.ImposingEconomyCode;
        entity.TargetEconomyCode = string.IsNullOrWhiteSpace(input.TargetEconomyCode) ? null : input.TargetEconomyCode;
        entity.ExemptedEconomyCodes = input.ExemptedEconomyCodes.Distinct().ToList();
        entity.Name = SafeText.Clean(input.Name);
        entity.LegalBasis = SafeText.Clean(input.LegalBasis);
        entity.Coverage = input.Coverage;
        entity.ProductDescription = SafeText.CleanOrNull(input.ProductDescription);
        entity.HsPrefixes = ParseHs(input.HsPrefixes);
        entity.Combination = input.Combination;
        entity.Status = input.Status;
        entity.Confidence = input.Confidence;
        entity.Notes = SafeText.CleanOrNull(input.Notes);
        entity.ReviewedOn = clock.LocalDate(clock.Now);
        entity.ProductLists = input.ProductLists.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        entity.InvalidatedOn = input.InvalidatedOn;
        entity.InvalidatedBy = SafeText.CleanOrNull(input.InvalidatedBy);
        entity.InvalidatedByEventId = input.InvalidatedByEventId;
        entity.InvalidationNote = SafeText.CleanOrNull(input.InvalidationNote);
        ReplaceAll(entity.AffectedMeasures, await db.Measures.Where(m => input.AffectedMeasureIds.Contains(m.Id)).ToListAsync(ct));
        ReplaceAll(entity.Sources, await db.Sources.Where(s => input.SourceIds.Contains(s.Id)).ToListAsync(ct));
    }

    /// <summary>The codes of an HS prefixes text as written, valid or not.</summary>
    public static IEnumerable<string> SplitHs(string? text) =>
        (text ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>HS prefixes as digits only ("8517.13" becomes "851713").</summary>
    public static List<string> ParseHs(string? text) =>
        SplitHs(text).Where(h => HsPattern().IsMatch(h)).Select(h => h.Replace(".", "", StringComparison.Ordinal)).Distinct().ToList();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,99}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^\d{2}(\.?\d){0,8}$")]
    private static partial Regex HsPattern();
}
