namespace TradeTracker.Web.Domain;

/// <summary>A row editors can change: who made and last changed it, and a token renewed on every save.</summary>
public abstract class EditableEntity
{
    public int Id { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token, renewed by the save interceptor on every insert and update.</summary>
    public Guid Version { get; set; }

    /// <summary>When an editor deleted the row: archived rows are hidden from readers and can be restored.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }
    public string? ArchivedBy { get; set; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>The longest reference id (an import file's <c>external_id</c>) an event, rate step or deadline keeps.</summary>
    public const int ReferenceIdMaxLength = 40;
}

public enum Confidence
{
    Confirmed,
    Uncertain,
}

/// <summary>An economy: an ISO 3166-1 alpha-3 code (or EUN for the EU) and the zone its legal instants are declared in.</summary>
public sealed class Economy
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string TimeZoneId { get; set; } = "Etc/UTC";
}

/// <summary>Where a fact comes from.</summary>
public sealed class Source : EditableEntity
{
    public string Publisher { get; set; } = "";
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The order a row's sources are listed in everywhere (pages, API, downloads, exports): the order they were
    /// recorded. A row's sources come from the store in no set order, and the two stores differ.</summary>
    public static IEnumerable<Source> InCitedOrder(IEnumerable<Source> sources) => sources.OrderBy(s => s.Id);
}
