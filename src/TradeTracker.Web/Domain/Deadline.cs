namespace TradeTracker.Web.Domain;

public enum DeadlineStatus
{
    Pending,
    Met,
    Extended,
    Lapsed,
}

/// <summary>A dated instant when something was due to happen.</summary>
public sealed class Deadline : EditableEntity
{
    public string? ReferenceId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The instant (UTC) it was first due.</summary>
    public DateTimeOffset OriginalDueAt { get; set; }

    /// <summary>IANA zone the due instant was declared in.</summary>
    public string TimeZoneId { get; set; } = "America/New_York";
    public string WhatHappens { get; set; } = "";

    /// <summary>When the deadline was set (announced): views of an earlier instant do not show it. Null when not known;
    /// such a deadline shows in every view.</summary>
    public DateTimeOffset? AnnouncedAt { get; set; }

    /// <summary>The day the recorded outcome (<see cref="Status"/> other than pending, <see cref="Outcome"/>) became
    /// known: views of an earlier instant show what was due, not what happened. Null: known from the due instant.</summary>
    public DateOnly? OutcomeDecidedOn { get; set; }

    /// <summary>The recorded outcome once the deadline has passed (met, extended, lapsed).</summary>
    public DeadlineStatus Status { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The deadline the dashboard counts down to.</summary>
    public bool IsFeatured { get; set; }
    public Confidence Confidence { get; set; }
    public List<DeadlineExtension> Extensions { get; set; } = [];
    public List<TariffMeasure> Measures { get; set; } = [];
    public List<TradeEvent> Events { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}

/// <summary>One extension of a deadline: the new due instant, when it was decided, and who says so.</summary>
public sealed class DeadlineExtension
{
    public int Id { get; set; }
    public int DeadlineId { get; set; }
    public DateTimeOffset NewDueAt { get; set; }
    public string TimeZoneId { get; set; } = "America/New_York";
    public DateOnly DecidedOn { get; set; }
    public string? Note { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}
