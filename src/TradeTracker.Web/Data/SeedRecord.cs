namespace TradeTracker.Web.Data;

/// <summary>A reference row the seeder has created once ("measure:USA-CHN-S301-L3", "event:E058"), so a row an
/// editor deletes stays deleted when the app restarts.</summary>
public sealed class SeedRecord
{
    public string Key { get; set; } = "";
    public DateTimeOffset SeededAt { get; set; }
}
