namespace TradeTracker.Web.Data;

/// <summary>A write API request sent with an <c>Idempotency-Key</c>: kept so a retry with the same key gets the first
/// answer instead of creating the row again.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>The caller's account: keys are per user, so one caller cannot read another's answers.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The header's value as sent (at most <see cref="KeyMaxLength"/> characters).</summary>
    public string Key { get; set; } = "";

    public const int KeyMaxLength = 100;

    /// <summary>"POST /api/events": a key reused for another endpoint is refused.</summary>
    public string Request { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the body: a key reused with another body is refused.</summary>
    public string BodyHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Null while the first request is being handled.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public string? ResponseBody { get; set; }
}
