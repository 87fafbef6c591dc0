using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Accounts;

/// <summary>A token just created: the row and its secret, which exists only in this object and the page showing it.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);

/// <summary>Personal API tokens: editors create and revoke their own; the API's token scheme finds them by hash.</summary>
public sealed class ApiTokenService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<ApiTokenService> logger)
{
    /// <summary>Every secret starts with this, so a leaked one is recognisable (secret scanners, logs).</summary>
    public const string SecretPrefix = "tt_";

    public const int PrefixLength = 8;

    /// <summary>A token's last-used stamp is written at most this often: every API call would otherwise be a write.</summary>
    public static readonly TimeSpan StampEvery = TimeSpan.FromMinutes(1);

    /// <summary>The longest a call waits for the store to take its stamp (SQLite's busy wait, PostgreSQL's command
    /// timeout), instead of <see cref="StoreBusy.SqliteWaitSeconds"/>.</summary>
    private static readonly TimeSpan StampWait = TimeSpan.FromSeconds(1);

    /// <summary>Tokens whose stamp the store was too busy to take, and when: not tried again for a minute.</summary>
    private readonly ConcurrentDictionary<int, DateTimeOffset> stampFailedAt = new();
    public const int MaxNameLength = 100;

    /// <summary>The caller's tokens, newest first, revoked ones included (they show when they were revoked).</summary>
    public async Task<List<ApiToken>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = RequireOwner(user).UserId;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Creates a token for the signed-in editor; the secret is returned once and only its hash is stored.</summary>
    public async Task<CreatedApiToken> CreateAsync(ClaimsPrincipal user, string? name, CancellationToken ct = default)
    {
        var (userId, actor) = RequireOwner(user);
        var errors = new ErrorBag();
        errors.Required("Name", name, "Name", MaxNameLength, TextLines.Single);
        errors.ThrowIfAny();

        var secret = SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = await AddAsync(userId, SafeText.Clean(name!), secret, ct);
        logger.LogInformation("{Actor} created API token {TokenId} ({Prefix}) named {Name}", actor, token.Id, token.Prefix, token.Name);
        return new CreatedApiToken(token, secret);
    }

    /// <summary>Revokes one of the caller's own tokens; revoking a revoked token changes nothing.</summary>
    public async Task RevokeAsync(ClaimsPrincipal user, int tokenId, CancellationToken ct = default)
    {
        var (userId, actor) = RequireOwner(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct)
            ?? throw new RowNotFoundException("API token", tokenId);
        if (token.RevokedAt is not null)
        {
            return;
        }

        token.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Actor} revoked API token {TokenId} ({Prefix})", actor, token.Id, token.Prefix);
    }

    /// <summary>Gives a user a token with a known secret unless one with that secret exists: for the Development demo
    /// editor's documented token. No role check: the caller is start-up code, not a user.</summary>
    public async Task EnsureAsync(string userId, string name, string secret, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = Hash(secret);
        if (!await db.ApiTokens.AnyAsync(t => t.Hash == hash, ct))
        {
            var token = await AddAsync(userId, name, secret, ct);
            logger.LogInformation("Created API token {TokenId} ({Prefix}) named {Name} for user {UserId}", token.Id, token.Prefix, name, userId);
        }
    }

    /// <summary>The unrevoked token with this secret, its last use stamped if the stamp is a minute old (best-effort);
    /// null when there is none.</summary>
    public async Task<ApiToken?> UseAsync(string secret, CancellationToken ct = default)
    {
        var hash = Hash(secret);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, ct);
        if (token is null || token.RevokedAt is not null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if ((token.LastUsedAt is not { } used || now - used >= StampEvery)
            && !(stampFailedAt.TryGetValue(token.Id, out var failed) && now - failed < StampEvery)
            && await StampAsync(db, token.Id, now, ct))
        {
            token.LastUsedAt = now;
        }

        return token;
    }

    /// <summary>Best-effort: waits at most <see cref="StampWait"/> for the store, and a busy store only leaves the stamp
    /// older (tried again a minute later). Never fails the call it stamps.</summary>
    private async Task<bool> StampAsync(AppDbContext db, int id, DateTimeOffset now, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(StampWait);
        try
        {
            await db.ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
            stampFailedAt.TryRemove(id, out _);
            return true;
        }
        catch (Exception ex) when (StoreBusy.Is(ex))
        {
            stampFailedAt[id] = now;
            logger.LogInformation("Did not stamp API token {TokenId} as used: the store is busy", id);
            return false;
        }
    }

    /// <summary>Lower-case hex SHA-256 of the secret. A token is 32 random bytes, so a fast hash is enough: there is
    /// nothing to guess that a slow password hash would protect.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private async Task<ApiToken> AddAsync(string userId, string name, string secret, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = secret[..Math.Min(PrefixLength, secret.Length)],
            Hash = Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Tokens are for editors' tools: the caller must be an editor (or admin) with a user id.</summary>
    private static (string UserId, string Actor) RequireOwner(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || !(user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin)))
        {
            throw new UnauthorizedAccessException("API tokens are for editors' tools: your account does not have the Editor role.");
        }

        var actor = user.Identity.Name ?? "editor";
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new UnauthorizedAccessException("Your sign-in carries no user id; sign in again.");
        return (userId, actor);
    }
}
