using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services.Accounts;

/// <summary>The Identity cookie's ticket store: the cookie carries only a random session key, the ticket lives in
/// <see cref="SignInSession"/> rows every instance shares. Signing out deletes the row, so a copy of the cookie taken
/// before signs in no one anywhere. Each signed-in request costs one read by primary key (not cached: a cache would let
/// a signed-out cookie live on another instance until it expired); anonymous requests send no cookie and cost nothing.</summary>
public sealed class SignInSessionStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<SignInSessionStore> logger) : ITicketStore
{
    /// <summary>The session key inside the ticket's principal, so an open circuit can ask whether its session still exists.</summary>
    public const string SessionClaim = "tradetracker:session";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var db = await dbFactory.CreateDbContextAsync();
        db.SignInSessions.Add(new SignInSession
        {
            Key = key,
            UserId = UserIdOf(ticket),
            Ticket = Serialize(key, ticket),
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = ticket.Properties.ExpiresUtc,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Renews the session's ticket (sliding expiry, refreshed claims). A session already ended stays ended, and
    /// a session is never handed to another account (the sign-in page ends any session before a new sign-in).</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var bytes = Serialize(key, ticket);
        var userId = UserIdOf(ticket);
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.SignInSessions.Where(s => s.Key == key && s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.SignInSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key);
        if (session is null || session.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    /// <summary>True while the session of this principal (signed in through the cookie) exists and has not expired.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.FindFirstValue(SessionClaim) is not { } key)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SignInSessions.AnyAsync(s => s.Key == key && (s.ExpiresAt == null || s.ExpiresAt > now), ct);
    }

    /// <summary>Signs the account out everywhere but in <paramref name="keep"/>'s session (if given): every other browser
    /// and open circuit (at its next check) must sign in again.</summary>
    public async Task EndAllAsync(string userId, ClaimsPrincipal? keep = null, CancellationToken ct = default)
    {
        var kept = keep?.FindFirstValue(SessionClaim);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ended = await db.SignInSessions.Where(s => s.UserId == userId && s.Key != kept).ExecuteDeleteAsync(ct);
        logger.LogInformation("Ended {Count} sign-in sessions of user {UserId}", ended, userId);
    }

    /// <summary>Deletes sessions past their expiry (a cookie that was never signed out).</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SignInSessions.Where(s => s.ExpiresAt != null && s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }

    /// <summary>The ticket with the session claim in its principal (added again on renewal: the security-stamp check
    /// renews a ticket with a freshly built principal).</summary>
    private static byte[] Serialize(string key, AuthenticationTicket ticket)
    {
        var identity = ticket.Principal.Identities.First();
        foreach (var stale in identity.FindAll(SessionClaim).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(SessionClaim, key));
        return TicketSerializer.Default.Serialize(ticket);
    }

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("A sign-in ticket without a user id cannot be kept as a session.");
}
