using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Accounts;

/// <summary>An account as the admin list shows it.</summary>
public sealed record AccountSummary(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset? LockoutEnd, bool PasswordChangeRequired)
{
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;

    /// <summary>Locked by an admin (until further notice) rather than for a few minutes after failed sign-ins.</summary>
    public bool IsLockedByAdmin => LockoutEnd == DateTimeOffset.MaxValue;
}

/// <summary>A new account: its e-mail, its roles, and either a password the admin chose or an invite, for which a
/// one-time password is generated and shown to the admin once.</summary>
public sealed class NewAccountInput
{
    public string Email { get; set; } = "";

    /// <summary>True: generate a one-time password the holder must change at first sign-in.</summary>
    public bool Invite { get; set; } = true;

    /// <summary>The initial password when <see cref="Invite"/> is false.</summary>
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [TradeTracker.Web.Services.Accounts.Roles.Reader];
}

/// <summary>The account created; <see cref="OneTimePassword"/> is set for an invite and exists nowhere else.</summary>
public sealed record CreatedAccount(string Id, string Email, string? OneTimePassword);

/// <summary>What the admin page does with accounts: list, create, change roles, lock and unlock. Every call checks that
/// the caller is an admin, in their claims and in the store (a circuit's claims can be half an hour old), and logs who
/// changed which account. Passwords are never logged.</summary>
public sealed class AccountAdminService(
    IServiceScopeFactory scopes,
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<IdentityOptions> identityOptions,
    SignInSessionStore sessions,
    ILogger<AccountAdminService> logger)
{
    private const string AccountField = "Account";

    /// <summary>The password rule as a sentence, for the create form.</summary>
    public string PasswordRule
    {
        get
        {
            var rule = identityOptions.Value.Password;
            var needs = new List<string>();
            if (rule.RequireUppercase)
            {
                needs.Add("an upper-case letter");
            }

            if (rule.RequireLowercase)
            {
                needs.Add("a lower-case letter");
            }

            if (rule.RequireDigit)
            {
                needs.Add("a digit");
            }

            if (rule.RequireNonAlphanumeric)
            {
                needs.Add("a symbol such as ! or -");
            }

            var with = needs.Count switch
            {
                0 => "",
                1 => $", with {needs[0]}",
                _ => $", with {string.Join(", ", needs[..^1])} and {needs[^1]}",
            };
            return $"At least {rule.RequiredLength} characters{with}. {SignInThrottle.Rule}";
        }
    }

    public async Task<List<AccountSummary>> ListAsync(ClaimsPrincipal actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RequireAdminAsync(scope, actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new { u.Id, u.Email, u.LockoutEnd }).ToListAsync(ct);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(ct);
        var mustChange = (await db.UserClaims.Where(c => c.ClaimType == AccountClaims.PasswordChangeRequired).Select(c => c.UserId).ToListAsync(ct)).ToHashSet();
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return users.Select(u => new AccountSummary(
                u.Id,
                u.Email ?? "",
                Roles.All.Where(r => rolesByUser[u.Id].Contains(r)).ToList(),
                u.LockoutEnd,
                mustChange.Contains(u.Id)))
            .ToList();
    }

    public async Task<CreatedAccount> CreateAsync(ClaimsPrincipal actor, NewAccountInput input, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, actorName) = await RequireAdminAsync(scope, actor);
        var email = input.Email.Trim();
        var errors = new ErrorBag();
        var readable = errors.Required(nameof(input.Email), email, "Email", 256, TextLines.Single);
        if (readable && !new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(nameof(input.Email), $"'{email}' is not an e-mail address.");
        }
        else if (readable && await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(input.Email), $"There is already an account for {email}.");
        }

        if (!input.Invite && string.IsNullOrEmpty(input.Password))
        {
            errors.Add(nameof(input.Password), "Give an initial password, or choose an invite to have one generated.");
        }

        CheckRoles(input.Roles, errors);
        errors.ThrowIfAny();

        var password = input.Invite ? GeneratePassword(identityOptions.Value.Password) : input.Password!;
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        ThrowIfFailed(await users.CreateAsync(user, password));
        ThrowIfFailed(await users.AddToRolesAsync(user, input.Roles.Distinct()));
        if (input.Invite)
        {
            ThrowIfFailed(await users.AddClaimAsync(user, new Claim(AccountClaims.PasswordChangeRequired, "true")));
        }

        logger.LogInformation("{Actor} created account {Account} with roles {Roles} and {PasswordKind}",
            actorName, email, input.Roles, input.Invite ? "a one-time password" : "a password set by the admin");
        return new CreatedAccount(user.Id, email, input.Invite ? password : null);
    }

    /// <summary>Sets the account's roles to exactly <paramref name="roles"/>. An admin cannot drop their own Admin role.</summary>
    public async Task SetRolesAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, actorName) = await RequireAdminAsync(scope, actor);
        var user = await FindAsync(users, userId);
        var errors = new ErrorBag();
        CheckRoles(roles, errors);
        if (IsSelf(users, actor, user) && !roles.Contains(Roles.Admin))
        {
            errors.Add("Roles", "You cannot remove your own Admin role: another admin has to do that, so there is always one left.");
        }

        errors.ThrowIfAny();
        var before = await users.GetRolesAsync(user);
        var wanted = roles.Distinct().ToList();
        ThrowIfFailed(await users.RemoveFromRolesAsync(user, before.Except(wanted)));
        ThrowIfFailed(await users.AddToRolesAsync(user, wanted.Except(before)));

        // Signed-in sessions of that account pick up the change when their security stamp is next checked.
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        logger.LogInformation("{Actor} changed the roles of account {Account} from {OldRoles} to {NewRoles}", actorName, user.Email, before, wanted);
    }

    /// <summary>Locks the account until an admin unlocks it: sign-in and its API tokens are refused meanwhile, and its
    /// signed-in sessions end (open circuits at their next check).</summary>
    public async Task LockAsync(ClaimsPrincipal actor, string userId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, actorName) = await RequireAdminAsync(scope, actor);
        var user = await FindAsync(users, userId);
        if (IsSelf(users, actor, user))
        {
            var errors = new ErrorBag();
            errors.Add(AccountField, "You cannot lock yourself out: another admin has to lock your account.");
            errors.ThrowIfAny();
        }

        ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true));
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        await sessions.EndAllAsync(user.Id, ct: ct);
        logger.LogInformation("{Actor} locked account {Account}", actorName, user.Email);
    }

    /// <summary>Lifts an admin's lock (wrong passwords never lock an account: they only slow the next attempt).</summary>
    public async Task UnlockAsync(ClaimsPrincipal actor, string userId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, actorName) = await RequireAdminAsync(scope, actor);
        var user = await FindAsync(users, userId);
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null));
        logger.LogInformation("{Actor} unlocked account {Account}", actorName, user.Email);
    }

    /// <summary>The caller must carry the Admin role and still have it, unlocked, in the store.</summary>
    private static async Task<(UserManager<ApplicationUser> Users, string ActorName)> RequireAdminAsync(AsyncServiceScope scope, ClaimsPrincipal actor)
    {
        const string refusal = "Only admins can manage accounts.";
        if (actor.Identity?.IsAuthenticated != true || !actor.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException(refusal);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = await users.GetUserAsync(actor);
        if (stored is null || !await users.IsInRoleAsync(stored, Roles.Admin) || await users.IsLockedOutAsync(stored))
        {
            throw new UnauthorizedAccessException(refusal + " Your account is no longer an unlocked admin account.");
        }

        return (users, stored.Email ?? stored.UserName ?? stored.Id);
    }

    private static async Task<ApplicationUser> FindAsync(UserManager<ApplicationUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new AccountNotFoundException(userId);

    private static bool IsSelf(UserManager<ApplicationUser> users, ClaimsPrincipal actor, ApplicationUser user) =>
        string.Equals(users.GetUserId(actor), user.Id, StringComparison.Ordinal);

    private static void CheckRoles(IReadOnlyCollection<string> roles, ErrorBag errors)
    {
        if (roles.Count == 0)
        {
            errors.Add("Roles", "Choose at least one role (Reader for an account that only reads).");
        }

        foreach (var unknown in roles.Except(Roles.All))
        {
            errors.Add("Roles", $"'{unknown}' is not a role; the roles are {string.Join(", ", Roles.All)}.");
        }
    }

    /// <summary>Identity's refusals as field errors: password rules on Password, the rest on Email.</summary>
    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = new ErrorBag();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : nameof(NewAccountInput.Email), error.Description);
        }

        errors.ThrowIfAny();
    }

    /// <summary>A random password that meets the configured rule: at least 16 characters, one of each required kind.</summary>
    public static string GeneratePassword(PasswordOptions rule)
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!#$%&*+-=?@^_~";
        var all = upper + lower + digits + symbols;
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)],
            lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)],
            symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        var length = Math.Max(16, rule.RequiredLength);
        while (chars.Count < length || chars.Distinct().Count() < rule.RequiredUniqueChars)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        var array = chars.ToArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return new string(array);
    }
}

public sealed class AccountNotFoundException(string userId) : Exception($"Account {userId} does not exist (it may have been deleted).");
