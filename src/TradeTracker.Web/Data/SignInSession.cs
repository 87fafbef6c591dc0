namespace TradeTracker.Web.Data;

/// <summary>A signed-in browser session kept on the server: the cookie carries only <see cref="Key"/>, the
/// authentication ticket lives here. Signing out deletes the row, so a copy of the cookie taken earlier signs in no one.</summary>
public sealed class SignInSession
{
    /// <summary>Random, unguessable; what the cookie holds (protected by Data Protection as any cookie is).</summary>
    public string Key { get; set; } = "";

    /// <summary>The <see cref="ApplicationUser"/> signed in.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The serialized authentication ticket (claims and properties).</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the ticket expires (sliding expiration renews it); expired rows are removed.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
