using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Services.Accounts;

/// <summary>How a sign-in with a password ended.</summary>
public enum SignInOutcome
{
    SignedIn,

    /// <summary>Signed in with a one-time password: the holder must choose their own before anything else.</summary>
    MustChangePassword,

    /// <summary>Unknown name or wrong password: one answer for both.</summary>
    Refused,

    /// <summary>The right password of an account an admin has locked (only the password's holder ever learns this).</summary>
    LockedByAdmin,
}

/// <summary>The sign-in form's check. Unknown names and wrong passwords take the same path and the same time (a password
/// is hashed either way) and get the same answer; wrong passwords slow the next attempt (<see cref="SignInThrottle"/>)
/// and never lock the account or touch its API tokens; an admin's lock is told only to whoever knows the password.</summary>
public sealed class PasswordSignIn(SignInManager<ApplicationUser> signIn, SignInThrottle throttle, ILogger<PasswordSignIn> logger)
{
    private static readonly ApplicationUser Nobody = new() { Id = "nobody", UserName = "nobody" };

    /// <summary>A hash to check unknown names' passwords against, made by the app's own hasher (same cost as a real one).</summary>
    private static string? nobodysHash;

    public async Task<(SignInOutcome Outcome, TimeSpan Delay)> SignInAsync(string email, string password, bool remember, CancellationToken ct)
    {
        var delay = await throttle.WaitBeforeCheckAsync(email, ct);
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(email);
        if (user is null ? !NobodysPasswordMatches(users.PasswordHasher, password) : !await users.CheckPasswordAsync(user, password))
        {
            await throttle.RecordFailureAsync(email, ct);
            logger.LogWarning("Failed sign-in for {Email}", email);
            return (SignInOutcome.Refused, delay);
        }

        await throttle.ResetAsync(email, ct);
        if (await users.IsLockedOutAsync(user!))
        {
            logger.LogWarning("Refused sign-in to account {Email}: locked by an admin", email);
            return (SignInOutcome.LockedByAdmin, delay);
        }

        await signIn.SignInWithClaimsAsync(user!, remember, [new Claim("amr", "pwd")]);
        logger.LogInformation("User {Email} signed in", email);
        var mustChange = (await users.GetClaimsAsync(user!)).Any(c => c.Type == AccountClaims.PasswordChangeRequired);
        return (mustChange ? SignInOutcome.MustChangePassword : SignInOutcome.SignedIn, delay);
    }

    /// <summary>Always false (no password is Nobody's), after as much work as checking a real account's password.</summary>
    private static bool NobodysPasswordMatches(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodysHash, password);
        return false;
    }
}
