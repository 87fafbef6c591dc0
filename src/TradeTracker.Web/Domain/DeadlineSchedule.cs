namespace TradeTracker.Web.Domain;

public enum DeadlineState
{
    /// <summary>Due after the instant asked about: counting down.</summary>
    Upcoming,
    Met,
    Extended,
    Lapsed,

    /// <summary>Passed, and what became of it was not known at the instant (no outcome recorded, or one decided later).</summary>
    AwaitingOutcome,
}

/// <summary>A deadline as it stood at one instant, split into what was due then (the due instant as the extensions
/// decided by then had set it, what happens) and what had happened by then (<see cref="Outcome"/>, only once decided).</summary>
public sealed record DeadlineView(Deadline Deadline, DateTimeOffset DueAt, string DueTimeZoneId, DeadlineState State, IReadOnlyList<DeadlineExtension> KnownExtensions, bool OutcomeKnown)
{
    public bool WasExtended => KnownExtensions.Count > 0;

    /// <summary>What became of it, once that was known at the instant viewed; null before (a view of July 6 does not say
    /// "Extended by the order of July 7").</summary>
    public string? Outcome => OutcomeKnown ? Deadline.Outcome : null;

    /// <summary>The instant a "passed … ago" counts from, named: "the extended due time of 12:01 a.m. EDT, August 7,
    /// 2025", or "the due time of …" when no extension was known at the instant viewed.</summary>
    public string DueTimeNamed => $"the {(WasExtended ? "extended " : "")}due time of {ZonedTime.Format(DueAt, DueTimeZoneId)}";

    /// <summary>The recorded status once known at the instant viewed; <see cref="DeadlineStatus.Pending"/> before.</summary>
    public DeadlineStatus Status => OutcomeKnown ? Deadline.Status : DeadlineStatus.Pending;
}

/// <summary>Rules for deadlines seen from an instant: a deadline announced later does not exist yet, only extensions
/// decided by then count, and its outcome shows only once decided. The same in both <see cref="AsOfMode"/>s: a deadline
/// not yet set, or an outcome not yet decided, was not a fact at the instant.</summary>
public static class DeadlineSchedule
{
    /// <summary>Whether the deadline had been set by <paramref name="asOf"/>; one with no announcement instant always had.</summary>
    public static bool IsAnnouncedBy(Deadline deadline, DateTimeOffset asOf) => deadline.AnnouncedAt is not { } at || at <= asOf;

    /// <summary>The views of the deadlines that had been announced by <paramref name="asOf"/>, in the given order.</summary>
    public static List<DeadlineView> AtAll(IEnumerable<Deadline> deadlines, DateTimeOffset asOf) =>
        deadlines.Select(d => At(d, asOf)).OfType<DeadlineView>().ToList();

    /// <summary>The span around <paramref name="asOf"/> in which <see cref="At"/> gives the same views for every one of the
    /// deadlines: views change only at an announcement, at a due instant (original or extended: upcoming becomes passed)
    /// and at the start of a day an extension or an outcome was decided (it becomes known). [From, Until); the open ends
    /// are Min/MaxValue.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) StableWindow(IEnumerable<Deadline> deadlines, DateTimeOffset asOf)
    {
        var from = DateTimeOffset.MinValue;
        var until = DateTimeOffset.MaxValue;
        foreach (var change in deadlines.SelectMany(ChangeInstants))
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

        return (from, until);
    }

    private static IEnumerable<DateTimeOffset> ChangeInstants(Deadline deadline)
    {
        yield return deadline.OriginalDueAt;
        foreach (var extension in deadline.Extensions)
        {
            yield return extension.NewDueAt;
            yield return ZonedTime.StartOfDay(extension.DecidedOn, deadline.TimeZoneId);
        }

        if (deadline.AnnouncedAt is { } announced)
        {
            yield return announced;
        }

        if (deadline.OutcomeDecidedOn is { } decided)
        {
            yield return ZonedTime.StartOfDay(decided, deadline.TimeZoneId);
        }
    }

    /// <summary>The deadline as it stood at <paramref name="asOf"/>; null when it had not been announced by then.</summary>
    public static DeadlineView? At(Deadline deadline, DateTimeOffset asOf)
    {
        if (!IsAnnouncedBy(deadline, asOf))
        {
            return null;
        }

        var known = deadline.Extensions
            .Where(e => ZonedTime.StartOfDay(e.DecidedOn, deadline.TimeZoneId) <= asOf)
            .OrderBy(e => e.DecidedOn)
            .ThenBy(e => e.NewDueAt)
            .ToList();
        var latest = known.LastOrDefault();
        var dueAt = latest?.NewDueAt ?? deadline.OriginalDueAt;
        var zone = latest?.TimeZoneId ?? deadline.TimeZoneId;
        var outcomeKnown = deadline.OutcomeDecidedOn is { } decided
            ? ZonedTime.StartOfDay(decided, deadline.TimeZoneId) <= asOf
            : dueAt <= asOf;

        var state = dueAt > asOf ? DeadlineState.Upcoming
            : !outcomeKnown ? DeadlineState.AwaitingOutcome
            : deadline.Status switch
            {
                DeadlineStatus.Met => DeadlineState.Met,
                DeadlineStatus.Lapsed => DeadlineState.Lapsed,
                DeadlineStatus.Extended => DeadlineState.Extended,
                _ => DeadlineState.AwaitingOutcome,
            };
        return new DeadlineView(deadline, dueAt, zone, state, known, outcomeKnown);
    }
}
