namespace TradeTracker.Web.Data;

/// <summary>A reference row the seeder has created once ("measure:USA-CHN-S301-L3", "event:E058"), so a row an
/// editor deletes stays deleted when the app restarts.</summary>
public sealed class SeedRecord
{
    public string Key { get; set; } = "";
    public DateTimeOffset SeededAt { get; set; }

    /// <summary>Hash of the shipped reference content last applied to (or offered for) the row: a new release whose
    /// content hashes differently is an update to apply or to list for editors. Null for rows seeded before hashes.</summary>
    public string? ContentHash { get; set; }
}
