namespace TradeTracker.Web.Data;

/// <summary>A personal API token: a tool calls the API as the token's user, with that user's current roles.
/// Only the SHA-256 hash of the secret is kept; the secret is shown once, when the token is created.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    /// <summary>The <see cref="ApplicationUser"/> the token acts as.</summary>
    public string UserId { get; set; } = "";

    /// <summary>What the owner calls it ("import script on my laptop").</summary>
    public string Name { get; set; } = "";

    /// <summary>The secret's first 8 characters, shown in lists so the owner can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret; the secret itself is never stored.</summary>
    public string Hash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Set when the owner revokes it; a revoked token authenticates no one.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
