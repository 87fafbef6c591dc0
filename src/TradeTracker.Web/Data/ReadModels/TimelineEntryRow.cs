using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.ReadModels;

/// <summary>One entry of the timeline read model (<see cref="TimelineReadModel"/>): a live event, or a live rate step of a
/// live measure, with what the timeline shows of it. Its <see cref="Key"/> sorts in timeline order
/// (<see cref="TimelineKeys"/>), so the timeline is the table read backwards by key.</summary>
public sealed class TimelineEntryRow
{
    public long Key { get; set; }

    public TimelineEntryType Type { get; set; }

    /// <summary>The event (null for a rate change). Entries go with their event, step or measure when it is deleted.</summary>
    public int? EventId { get; set; }

    /// <summary>The rate step (null for an event).</summary>
    public int? StepId { get; set; }

    /// <summary>A rate step's measure (null for an event).</summary>
    public int? MeasureId { get; set; }

    /// <summary>The event's or the rate step's id.</summary>
    public int Id => EventId ?? StepId ?? 0;

    /// <summary>An event's first day, a step's timeline date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>An event's last day, when it lasts more than one.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>A step's announcement day (as known then, a step announced later is hidden).</summary>
    public DateOnly? AnnouncedOn { get; set; }

    /// <summary>An event's kind; null for a rate change.</summary>
    public EventKind? Kind { get; set; }

    /// <summary>An event's title, or the step's measure's name.</summary>
    public string Title { get; set; } = "";

    /// <summary>An event's summary, or the step's measure's legal basis.</summary>
    public string Detail { get; set; } = "";

    public string? Location { get; set; }

    public decimal? RatePercent { get; set; }

    public bool NeverApplied { get; set; }

    public string? ImposerCode { get; set; }

    public string? TargetCode { get; set; }

    public Confidence Confidence { get; set; }

    public List<TimelineEntryEconomy> Economies { get; set; } = [];
}

/// <summary>An economy a timeline entry involves (an event's economies; a step's measure's imposer and target), keyed
/// (economy, entry key) so one economy's timeline is a range of this table read backwards.</summary>
public sealed class TimelineEntryEconomy
{
    public string EconomyCode { get; set; } = "";

    public long Key { get; set; }
}
