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

    /// <summary>The due instant once every recorded extension counts (latest decided last), and its zone.</summary>
    public (DateTimeOffset DueAt, string TimeZoneId) CurrentDue() =>
        Extensions.OrderBy(x => x.DecidedOn).ThenBy(x => x.NewDueAt).LastOrDefault() is { } latest
            ? (latest.NewDueAt, latest.TimeZoneId)
            : (OriginalDueAt, TimeZoneId);

    /// <summary>Records an extension that <see cref="DeadlineExtensionRule.Check"/> accepts against the current due
    /// instant; throws when it does not (callers check first, to report each problem on its field).</summary>
    public DeadlineExtension Extend(DateTimeOffset newDueAt, string timeZoneId, DateOnly decidedOn, string? note, int sourceId)
    {
        var (currentDue, currentZone) = CurrentDue();
        if (DeadlineExtensionRule.Check(currentDue, currentZone, newDueAt, timeZoneId, decidedOn) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems.Select(p => p.Message)));
        }

        var extension = new DeadlineExtension
        {
            NewDueAt = newDueAt,
            TimeZoneId = timeZoneId,
            DecidedOn = decidedOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            SourceId = sourceId,
        };
        Extensions.Add(extension);
        return extension;
    }
}

/// <summary>Which value of an extension a problem is about.</summary>
public enum ExtensionField
{
    NewDue,
    DecidedOn,
}

/// <summary>One reason an extension is not valid, on the value it is about.</summary>
public sealed record ExtensionProblem(ExtensionField Field, string Message);

/// <summary>What a valid extension is, for the editor, the importer and the admin page alike: it moves the deadline
/// later than its current due instant, and it was decided no later than the day it now falls due.</summary>
public static class DeadlineExtensionRule
{
    public static IReadOnlyList<ExtensionProblem> Check(DateTimeOffset currentDue, string currentZone, DateTimeOffset newDue, string newZone, DateOnly decidedOn)
    {
        var problems = new List<ExtensionProblem>();
        if (newDue <= currentDue)
        {
            problems.Add(new(ExtensionField.NewDue, $"An extension must move the deadline later than {ZonedTime.Format(currentDue, currentZone)}."));
        }

        var newDueDay = ZonedTime.LocalDate(newDue, newZone);
        if (decidedOn > newDueDay)
        {
            problems.Add(new(ExtensionField.DecidedOn, $"An extension is decided by the day it falls due ({ZonedTime.FormatDate(newDueDay)}), not after."));
        }

        return problems;
    }
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
