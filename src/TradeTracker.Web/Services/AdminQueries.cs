using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>A deleted (archived) row, as the archive lists it.</summary>
public sealed record ArchivedRow(string Kind, int Id, string Title, DateTimeOffset ArchivedAt, string? ArchivedBy);

/// <summary>One entry of a picker: the stored value, the text an editor recognises it by, and a second line that tells
/// alike entries apart (a source's address); a picker finds an entry by words of either.</summary>
public sealed record Choice<TValue>(TValue Value, string Text, string? Detail = null);

public static class Choices
{
    /// <summary>Economies as "Name (CODE)".</summary>
    public static List<Choice<string>> Of(IEnumerable<Economy> economies) =>
        economies.Select(e => new Choice<string>(e.Code, $"{e.Name} ({e.Code})")).ToList();
}

/// <summary>Reads for the admin page: bounded, filtered lists and single rows with what their editor needs loaded.
/// Untracked; the writes go through the editors in <see cref="Editing"/>.</summary>
public sealed class AdminQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Most rows a list shows; the filter narrows down to the rest.</summary>
    public const int ListLimit = 200;

    private const string Escape = "\\";

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public async Task<List<TariffMeasure>> ListMeasuresAsync(string? filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = WhereAnyContains(db, db.Measures.AsNoTracking(), filter,
            m => m.Key, m => m.Name, m => m.LegalBasis, m => m.ImposingEconomyCode, m => m.TargetEconomyCode);

        return await query.OrderBy(m => m.Key).Take(ListLimit).ToListAsync(ct);
    }

    /// <summary>A measure with its rate steps (and their sources), its sources and the measures it replaces or excepts.</summary>
    public async Task<TariffMeasure?> GetMeasureAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var measure = await db.Measures.AsNoTracking()
            .Include(m => m.Steps).ThenInclude(s => s.Sources)
            .Include(m => m.Sources)
            .Include(m => m.AffectedMeasures)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, ct);
        measure?.Steps.Sort((a, b) => a.TimelineDate.CompareTo(b.TimelineDate));
        return measure;
    }

    public async Task<RateStep?> GetRateStepAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RateSteps.AsNoTracking().Include(s => s.Sources).FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    /// <summary>The newest <paramref name="take"/> events matching the filter, newest first.</summary>
    public async Task<List<TradeEvent>> ListEventsAsync(string? filter, int take = ListLimit, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = WhereAnyContains(db, db.Events.AsNoTracking(), filter, e => e.Title, e => e.Summary, e => e.Location);

        return await query.OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id).Take(take).ToListAsync(ct);
    }

    public async Task<TradeEvent?> GetEventAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking()
            .Include(e => e.Economies)
            .Include(e => e.Measures)
            .Include(e => e.Deadlines)
            .Include(e => e.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, ct);
    }

    /// <summary>Deadlines matching the filter, latest first, with their extensions so the current due time can be shown.</summary>
    public async Task<List<Deadline>> ListDeadlinesAsync(string? filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = WhereAnyContains(db, db.Deadlines.AsNoTracking(), filter, d => d.Title, d => d.WhatHappens);

        // Instants are stored as fixed-width UTC text, so ordering them in SQL is ordering in time.
        return await query.OrderByDescending(d => d.OriginalDueAt).Take(ListLimit)
            .Include(d => d.Extensions)
            .AsSplitQuery()
            .ToListAsync(ct);
    }

    public async Task<Deadline?> GetDeadlineAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Deadlines.AsNoTracking()
            .Include(d => d.Extensions).ThenInclude(x => x.Source)
            .Include(d => d.Measures)
            .Include(d => d.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    public async Task<List<Source>> ListSourcesAsync(string? filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = WhereAnyContains(db, db.Sources.AsNoTracking(), filter, s => s.Publisher, s => s.Title, s => s.Url);

        return await query.OrderBy(s => s.Publisher).ThenBy(s => s.Title).Take(ListLimit).ToListAsync(ct);
    }

    public async Task<Source?> GetSourceAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    /// <summary>Every source as "Publisher — Title" over its address without the scheme (two sources with the same title
    /// differ there), for pickers: a fact may cite any of them.</summary>
    public async Task<List<Choice<int>>> SourceChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Sources.AsNoTracking().OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new { s.Id, s.Publisher, s.Title, s.Url }).ToListAsync(ct);
        return rows.Select(s => new Choice<int>(s.Id, s.Title.Length == 0 ? s.Publisher : $"{s.Publisher} — {s.Title}", WithoutScheme(s.Url))).ToList();
    }

    private static string WithoutScheme(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Host}{uri.PathAndQuery.TrimEnd('/')}" : url;

    /// <summary>Every measure as "KEY — Name", for pickers.</summary>
    public async Task<List<Choice<int>>> MeasureChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Measures.AsNoTracking().OrderBy(m => m.Key).Select(m => new { m.Id, m.Key, m.Name }).ToListAsync(ct);
        return rows.Select(m => new Choice<int>(m.Id, $"{m.Key} — {m.Name}")).ToList();
    }

    /// <summary>Every deadline as "Title (due date)", for pickers.</summary>
    public async Task<List<Choice<int>>> DeadlineChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Deadlines.AsNoTracking().OrderByDescending(d => d.OriginalDueAt)
            .Select(d => new { d.Id, d.Title, d.OriginalDueAt, d.TimeZoneId }).ToListAsync(ct);
        return rows.Select(d => new Choice<int>(d.Id, $"{d.Title} (due {ZonedTime.LocalDate(d.OriginalDueAt, d.TimeZoneId):yyyy-MM-dd})")).ToList();
    }

    /// <summary>The rows where any of <paramref name="columns"/> holds the filter's text (trimmed, <c>%</c> and <c>_</c>
    /// taken literally), case-insensitively on both stores: LIKE on SQLite (case-insensitive there, for ASCII letters),
    /// ILIKE on PostgreSQL (where LIKE tells case apart). No filter: every row.</summary>
    private static IQueryable<TRow> WhereAnyContains<TRow>(
        AppDbContext db, IQueryable<TRow> rows, string? filter, params Expression<Func<TRow, string?>>[] columns)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return rows;
        }

        var escaped = filter.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = $"%{escaped}%";
        // Read from a closure, so EF Core sends the pattern as a parameter rather than writing it into the SQL.
        Expression<Func<string>> patternValue = () => pattern;
        var like = db.Database.IsNpgsql() ? ILike : Like;
        var row = Expression.Parameter(typeof(TRow), "row");
        var anyContains = columns
            .Select(c => (Expression)Expression.Call(like, Expression.Constant(EF.Functions),
                ReplacingExpressionVisitor.Replace(c.Parameters[0], row, c.Body), patternValue.Body, Expression.Constant(Escape)))
            .Aggregate(Expression.OrElse);
        return rows.Where(Expression.Lambda<Func<TRow, bool>>(anyContains, row));
    }

    /// <summary>Every archived row, most recently deleted first. A measure's steps go with it and are not listed.</summary>
    public async Task<List<ArchivedRow>> ListArchivedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = new List<ArchivedRow>();
        rows.AddRange(await db.Measures.IgnoreQueryFilters().AsNoTracking().Where(m => m.ArchivedAt != null)
            .Select(m => new ArchivedRow(AuditKinds.Measure, m.Id, m.Key + ": " + m.Name, m.ArchivedAt!.Value, m.ArchivedBy)).ToListAsync(ct));
        rows.AddRange(await db.RateSteps.IgnoreQueryFilters().AsNoTracking().Where(s => s.ArchivedAt != null && s.Measure!.ArchivedAt == null)
            .Select(s => new ArchivedRow(AuditKinds.RateStep, s.Id, s.Measure!.Key + ": step " + s.TimelineDate, s.ArchivedAt!.Value, s.ArchivedBy)).ToListAsync(ct));
        rows.AddRange(await db.Events.IgnoreQueryFilters().AsNoTracking().Where(e => e.ArchivedAt != null)
            .Select(e => new ArchivedRow(AuditKinds.Event, e.Id, e.Title, e.ArchivedAt!.Value, e.ArchivedBy)).ToListAsync(ct));
        rows.AddRange(await db.Deadlines.IgnoreQueryFilters().AsNoTracking().Where(d => d.ArchivedAt != null)
            .Select(d => new ArchivedRow(AuditKinds.Deadline, d.Id, d.Title, d.ArchivedAt!.Value, d.ArchivedBy)).ToListAsync(ct));
        rows.AddRange(await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => s.ArchivedAt != null)
            .Select(s => new ArchivedRow(AuditKinds.Source, s.Id, s.Publisher + ": " + s.Title, s.ArchivedAt!.Value, s.ArchivedBy)).ToListAsync(ct));
        return rows.OrderByDescending(r => r.ArchivedAt).ToList();
    }
}
