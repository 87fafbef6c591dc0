namespace TradeTracker.Web.Domain;

public enum EventKind
{
    NegotiationRound,
    LeadersCall,
    Announcement,
    Agreement,
    Retaliation,
    ExportControl,
    DataRelease,
    Statement,
    CourtRuling,
}

public enum ParticipantSide
{
    Imposer,
    Target,
    Other,
}

/// <summary>A person at an event, stored with the event.</summary>
public sealed record Participant(string Name, string Role, string Side);

/// <summary>A fact two sources disagree on: both claims, each cited.</summary>
public sealed class Disagreement
{
    public int Id { get; set; }
    public int TradeEventId { get; set; }
    public string Claim { get; set; } = "";
    public int ClaimSourceId { get; set; }
    public Source? ClaimSource { get; set; }
    public string CounterClaim { get; set; } = "";
    public int CounterSourceId { get; set; }
    public Source? CounterSource { get; set; }
}

/// <summary>A negotiation round, call, announcement, agreement, retaliation, export control, data release, statement or court ruling.</summary>
public sealed class TradeEvent : EditableEntity
{
    public string? ReferenceId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Location { get; set; }
    public string Summary { get; set; } = "";
    public Confidence Confidence { get; set; }
    public List<Participant> Participants { get; set; } = [];
    public List<Economy> Economies { get; set; } = [];
    public List<TariffMeasure> Measures { get; set; } = [];
    public List<Deadline> Deadlines { get; set; } = [];
    public List<Disagreement> Disagreements { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}
