namespace TradeTracker.Web.Domain;

/// <summary>What a timeline entry is: an event, or a rate step of a measure. On a day, rate changes come before events.</summary>
public enum TimelineEntryType
{
    Event,
    RateChange,
}
