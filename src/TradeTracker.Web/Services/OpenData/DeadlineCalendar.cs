using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>The deadlines as an iCalendar feed (RFC 5545) calendar apps subscribe to: one VEVENT per deadline that is
/// not archived, at its due instant as known now, on the wall clock of its IANA zone (a VTIMEZONE per zone used). A
/// deadline due at midnight local time is a bare-date deadline (the domain stores "a date without a time" as the start
/// of that day) and becomes an all-day event. SEQUENCE counts the deadline's revisions in the audit log, so an extension
/// (or any edit) raises it and subscribed calendars move the event. Text goes through <see cref="SafeText.Printable"/>, as in
/// the Atom feed: iCalendar's TEXT cannot carry control characters either (RFC 5545 3.3.11).</summary>
public sealed class DeadlineCalendar(IDbContextFactory<AppDbContext> dbFactory, DisplayClock clock)
{
    public const string Name = "TradeTracker deadlines";

    public async Task<FeedDocument> BuildAsync(Uri siteBase, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deadlines = await db.Deadlines.AsNoTracking()
            .Include(d => d.Sources)
            .Include(d => d.Extensions).ThenInclude(x => x.Source)
            .AsSplitQuery()
            .OrderBy(d => d.Id)
            .ToListAsync(ct);
        var revisions = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKind == AuditKinds.Deadline && a.Action != AuditAction.Created)
            .GroupBy(a => a.EntityId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var lastChange = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKind == AuditKinds.Deadline)
            .OrderByDescending(a => a.Id)
            .Select(a => (DateTimeOffset?)a.At)
            .FirstOrDefaultAsync(ct);

        var calendar = new Calendar { ProductId = "-//TradeTracker//Deadlines//EN" };
        calendar.AddProperty("X-WR-CALNAME", Name);
        calendar.AddProperty("X-WR-CALDESC", "Tariff and trade deadlines tracked by TradeTracker, moved when they are extended.");
        var views = DeadlineSchedule.AtAll(deadlines, clock.Now);
        foreach (var zone in views.Where(v => !IsAllDay(v)).GroupBy(v => v.DueTimeZoneId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Covers the zone's rules from its earliest deadline on, so every event's local time reads back right.
            calendar.AddTimeZone(zone.Key, zone.Min(v => v.DueAt).UtcDateTime.AddYears(-1), includeHistoricalData: false);
        }

        var pageUrl = new Uri(siteBase, "deadlines");
        foreach (var view in views)
        {
            calendar.Events.Add(ToEvent(view, revisions.GetValueOrDefault(view.Deadline.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), pageUrl));
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        var lastModified = lastChange ?? deadlines.Select(d => d.UpdatedAt).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        return new FeedDocument(new UTF8Encoding(false).GetBytes(text), "text/calendar; charset=utf-8", lastModified);
    }

    private static bool IsAllDay(DeadlineView view) => ZonedTime.ToLocal(view.DueAt, view.DueTimeZoneId).TimeOfDay == TimeSpan.Zero;

    private static CalendarEvent ToEvent(DeadlineView view, int revisions, Uri pageUrl)
    {
        var d = view.Deadline;
        var local = ZonedTime.ToLocal(view.DueAt, view.DueTimeZoneId);
        var date = DateOnly.FromDateTime(local.DateTime);
        var changed = new CalDateTime(d.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"deadline-{d.Id}@tradetracker",
            DtStamp = changed,
            LastModified = changed,
            Sequence = revisions,
            Summary = SafeText.Printable(d.Title),
            Description = SafeText.Printable(Describe(view)),
            Url = pageUrl,
            Transparency = "TRANSPARENT",
        };
        if (IsAllDay(view))
        {
            calendarEvent.DtStart = new CalDateTime(date);
            calendarEvent.DtEnd = new CalDateTime(date.AddDays(1));
        }
        else
        {
            calendarEvent.DtStart = new CalDateTime(date, TimeOnly.FromDateTime(local.DateTime), view.DueTimeZoneId);
        }

        return calendarEvent;
    }

    private static string Describe(DeadlineView view)
    {
        var d = view.Deadline;
        var text = new StringBuilder();
        text.Append("Due ").Append(ZonedTime.Format(view.DueAt, view.DueTimeZoneId)).Append('.');
        if (view.WasExtended)
        {
            text.Append(" First due ").Append(ZonedTime.Format(d.OriginalDueAt, d.TimeZoneId)).Append('.');
            foreach (var x in view.KnownExtensions)
            {
                text.Append("\nExtended on ").Append(x.DecidedOn.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" to ").Append(ZonedTime.Format(x.NewDueAt, x.TimeZoneId))
                    .Append(x.Note is null ? "" : $": {x.Note}")
                    .Append(x.Source is null ? "" : $" ({x.Source.Url})");
            }
        }

        text.Append("\n\n").Append(d.WhatHappens);
        if (view.Outcome is not null)
        {
            text.Append("\nOutcome: ").Append(view.Outcome);
        }

        if (d.Confidence == Confidence.Uncertain)
        {
            text.Append("\nUncertain: the sources do not settle this deadline.");
        }

        foreach (var source in d.Sources.OrderBy(s => s.Id))
        {
            text.Append("\nSource: ").Append(string.IsNullOrWhiteSpace(source.Title) ? source.Publisher : $"{source.Title}, {source.Publisher}").Append(": ").Append(source.Url);
        }

        return text.ToString();
    }
}
