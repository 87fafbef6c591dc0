namespace TradeTracker.Web.Domain;

public enum DeadlineState
{
    /// <summary>Due after the instant asked about: counting down.</summary>
    Upcoming,
    Met,
    Extended,
    Lapsed,

    /// <summary>Passed, and no editor has recorded what became of it yet.</summary>
    AwaitingOutcome,
}

/// <summary>A deadline as it stood at one instant: the due instant then known, and whether it had passed.</summary>
public sealed record DeadlineView(Deadline Deadline, DateTimeOffset DueAt, string DueTimeZoneId, DeadlineState State, IReadOnlyList<DeadlineExtension> KnownExtensions)
{
    public bool WasExtended => KnownExtensions.Count > 0;
}

/// <summary>Rules for deadlines seen from an instant: only extensions decided by then count.</summary>
public static class DeadlineSchedule
{
    /// <summary>The span around <paramref name="asOf"/> in which <see cref="At"/> gives the same views for every one of the
    /// deadlines: views change only at a due instant (original or extended: upcoming becomes passed) and at the start
    /// of a day an extension was decided (it becomes known). [From, Until); the open ends are Min/MaxValue.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) StableWindow(IEnumerable<Deadline> deadlines, DateTimeOffset asOf)
    {
        var from = DateTimeOffset.MinValue;
        var until = DateTimeOffset.MaxValue;
        foreach (var deadline in deadlines)
        {
            foreach (var change in deadline.Extensions
                .SelectMany(e => new[] { e.NewDueAt, ZonedTime.StartOfDay(e.DecidedOn, deadline.TimeZoneId) })
                .Append(deadline.OriginalDueAt))
            {
                if (change <= asOf)
                {
                    from = change > from ? change : from;
                }
                else
                {
                    until = change < until ? change : until;
                }
            }
        }

        return (from, until);
    }

    public static DeadlineView At(Deadline deadline, DateTimeOffset asOf)
    {
        var known = deadline.Extensions
            .Where(e => ZonedTime.StartOfDay(e.DecidedOn, deadline.TimeZoneId) <= asOf)
            .OrderBy(e => e.DecidedOn)
            .ThenBy(e => e.NewDueAt)
            .ToList();
        var latest = known.LastOrDefault();
        var dueAt = latest?.NewDueAt ?? deadline.OriginalDueAt;
        var zone = latest?.TimeZoneId ?? deadline.TimeZoneId;

        DeadlineState state;
        if (dueAt > asOf)
        {
            state = DeadlineState.Upcoming;
        }
        else
        {
            state = deadline.Status switch
            {
                DeadlineStatus.Met => DeadlineState.Met,
                DeadlineStatus.Lapsed => DeadlineState.Lapsed,
                DeadlineStatus.Extended => DeadlineState.Extended,
                _ => DeadlineState.AwaitingOutcome,
            };
        }

        return new DeadlineView(deadline, dueAt, zone, state, known);
    }
}
