namespace TradeTracker.Web.Data;

public enum ReferenceUpdateResolution
{
    Taken,
    Dismissed,
}

/// <summary>A newer shipped version of a seeded row that an editor had changed, so the seeder did not apply it: listed on
/// <c>/admin</c> as "reference update not applied" with both versions, for an editor to take or dismiss.</summary>
public sealed class ReferenceUpdate
{
    public int Id { get; set; }

    /// <summary>The seed ledger key of the row (<c>measure:USA-CHN-S301-L3</c>, <c>event:E058</c>).</summary>
    public string Key { get; set; } = "";

    /// <summary>The audit kind of the row (Measure, RateStep, Event, Deadline) and its id.</summary>
    public string EntityKind { get; set; } = "";
    public int EntityId { get; set; }

    /// <summary>Hash of the shipped content this update offers (<see cref="SeedRecord.ContentHash"/>).</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>JSON object of field name to the shipped value, for the fields that differ from the row.</summary>
    public string Proposed { get; set; } = "";

    /// <summary>JSON object of the same fields as the row held them when the update was found.</summary>
    public string Current { get; set; } = "";
    public DateTimeOffset FoundAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public ReferenceUpdateResolution? Resolution { get; set; }
}
