using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>The read API's lists: measures with their schedules, the timeline, and deadlines as of an instant, each
/// filtered and paged (or every row, for downloads) the way the pages show them.</summary>
public sealed class OpenDataService(IDbContextFactory<AppDbContext> dbFactory, TimelineService timeline, DeadlineService deadlines, DisplayClock clock)
{
    /// <summary>Measures by imposer, target (bilateral measures on it, and global ones that do not exempt it) and status at
    /// asOf (<see cref="MeasureStatusAt"/>, not the status recorded today), ordered as the tariffs page lists them:
    /// imposer, all-goods first, those that can apply first, then by name.</summary>
    public async Task<ListPage<MeasureRow>> GetMeasuresAsync(MeasureFilter filter, AsOf asOf, Paging paging, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Measures.AsNoTracking();
        if (filter.Imposer is { } imposer)
        {
            query = query.Where(m => m.ImposingEconomyCode == imposer);
        }

        if (filter.Target is { } target)
        {
            query = query.Where(m => m.TargetEconomyCode == target || (m.TargetEconomyCode == null && !m.ExemptedEconomyCodes.Contains(target)));
        }

        query = query
            .OrderBy(m => m.ImposingEconomyCode).ThenBy(m => m.Coverage)
            .ThenBy(m => m.Status == MeasureStatus.Threatened || m.Status == MeasureStatus.NeverApplied ? 1 : 0)
            .ThenBy(m => m.Name).ThenBy(m => m.Id);
        int total;
        if (filter.Status is { } status)
        {
            // The status at an instant comes from the steps, so the filter runs here over each candidate's schedule.
            var candidates = await query.Include(m => m.Steps).AsSplitQuery().ToListAsync(ct);
            var ids = candidates.Where(m => MeasureStatusAt.Of(m, asOf) == status).Select(m => m.Id).ToList();
            total = ids.Count;
            var pageIds = ids.Skip(paging.Skip).Take(paging.Size).ToList();
            query = query.Where(m => pageIds.Contains(m.Id));
        }
        else
        {
            total = await query.CountAsync(ct);
            query = query.Skip(paging.Skip).Take(paging.Size);
        }

        var measures = await query
            .Include(m => m.Steps).ThenInclude(s => s.Sources)
            .Include(m => m.Sources)
            .AsSplitQuery()
            .ToListAsync(ct);
        return Page(asOf.At, total, paging, measures.Select(m => ToRow(m, asOf)).ToList());
    }

    /// <summary>The timeline with the page's filter; with an asOf, entries dated after its day (in the display zone) are
    /// hidden, and as known then (<paramref name="mode"/>) rate changes announced after it too. A page's total is counted
    /// a few pages ahead only (<see cref="TimelineResult.Capped"/>).</summary>
    public async Task<ListPage<TimelineRow>> GetTimelineAsync(TimelineFilter filter, DateTimeOffset? asOf, AsOfMode mode, Paging paging, CancellationToken ct = default)
    {
        var asOfDate = asOf is { } at ? clock.LocalDate(at) : (DateOnly?)null;
        if (paging == Paging.All)
        {
            var rows = new List<TimelineRow>();
            await foreach (var entry in timeline.ReadAllAsync(filter, asOfDate, mode, ct))
            {
                rows.Add(TimelineRow.Of(entry));
            }

            return Page(asOf, rows.Count, paging, rows);
        }

        var size = Math.Min(paging.Size, TimelineFilter.MaxPageSize);
        var result = await timeline.QueryAsync(filter with { Page = paging.Page, PageSize = size }, asOfDate, mode, ct);
        return Page(asOf, result.TotalCount, paging with { Size = size }, result.Entries.Select(TimelineRow.Of).ToList()) with
        {
            TotalCapped = result.Capped,
            PageCount = result.PageCount,
            Next = result.Next?.ToString(),
        };
    }

    /// <summary>Deadlines as of an instant (upcoming soonest first, then passed latest first), optionally only one side.</summary>
    public async Task<ListPage<DeadlineRow>> GetDeadlinesAsync(DeadlineWhen? when, DateTimeOffset asOf, Paging paging, CancellationToken ct = default)
    {
        var views = await deadlines.GetAllAsync(asOf, ct);
        var kept = views.Where(v => when switch
        {
            DeadlineWhen.Upcoming => v.State == DeadlineState.Upcoming,
            DeadlineWhen.Passed => v.State != DeadlineState.Upcoming,
            _ => true,
        }).ToList();
        return Page(asOf, kept.Count, paging, kept.Skip(paging.Skip).Take(paging.Size).Select(ToRow).ToList());
    }

    private ListPage<T> Page<T>(DateTimeOffset? asOf, int total, Paging paging, IReadOnlyList<T> items)
    {
        var size = paging == Paging.All ? Math.Max(1, total) : paging.Size;
        return new ListPage<T>(asOf, asOf is { } at ? clock.Format(at) : null, total, paging.Page, size, Math.Max(1, (total + size - 1) / size), items);
    }

    /// <summary>A measure with its schedule as the view of <paramref name="asOf"/> shows it, as the pair page does
    /// (<see cref="RateCalculator.Schedule"/>: the whole schedule in the legal view; as known then, steps not yet announced
    /// are left out and an end appears only once decided).</summary>
    private static MeasureRow ToRow(TariffMeasure m, AsOf asOf)
    {
        var inForce = RateCalculator.StepInForce(m, asOf);
        var invalidation = m.InvalidationTextIn(asOf, m.Steps.FirstOrDefault()?.TimeZoneId ?? "Etc/UTC");
        return new MeasureRow(
            m.Id, m.Key, m.Name, m.ImposingEconomyCode, m.TargetEconomyCode, m.ExemptedEconomyCodes, m.LegalBasis, m.Coverage,
            m.ProductDescription, m.HsPrefixes, m.Combination, MeasureStatusAt.Of(m, asOf),
            invalidation, invalidation is null ? null : m.InvalidatedByEventId,
            m.Confidence, m.Notes,
            inForce?.RatePercent,
            RateCalculator.Schedule(m, asOf).Select(s => ToRow(s, RateCalculator.Until(m, s, asOf), s == inForce)).ToList(),
            SourceLink.Of(m.Sources));
    }

    private static RateStepRow ToRow(RateStep s, DateTimeOffset? until, bool inForce) => new(
        s.Id, s.RatePercent, s.InForceFrom, until, s.TimeZoneId,
        s.InForceFrom is { } from ? ZonedTime.Format(from, s.TimeZoneId) : null,
        until is { } end ? ZonedTime.Format(end, s.TimeZoneId) : null,
        s.AnnouncedOn, s.NeverApplied, inForce, s.Notes, SourceLink.Of(s.Sources));

    private static DeadlineRow ToRow(DeadlineView v)
    {
        var d = v.Deadline;
        return new DeadlineRow(
            d.Id, d.Title, v.State, v.DueAt, v.DueTimeZoneId, ZonedTime.Format(v.DueAt, v.DueTimeZoneId),
            d.OriginalDueAt, d.TimeZoneId, ZonedTime.Format(d.OriginalDueAt, d.TimeZoneId), v.Status, v.Outcome, d.WhatHappens,
            d.IsFeatured, d.Confidence,
            v.KnownExtensions.Select(x => new ExtensionRow(
                x.NewDueAt, x.TimeZoneId, ZonedTime.Format(x.NewDueAt, x.TimeZoneId), x.DecidedOn, x.Note,
                x.Source is { } s ? new SourceLink(s.Publisher, s.Title, s.Url) : null)).ToList(),
            SourceLink.Of(d.Sources),
            d.AnnouncedAt, v.OutcomeKnown ? d.OutcomeDecidedOn : null);
    }
}
