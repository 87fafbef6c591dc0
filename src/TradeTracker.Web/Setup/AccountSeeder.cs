using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Setup;

/// <summary>Roles always; demo accounts only in Development; the first admin from configuration anywhere.</summary>
public sealed class AccountSeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    ApiTokenService tokens,
    IOptions<AccountOptions> options,
    ILogger<AccountSeeder> logger)
{
    public const string DemoEditorEmail = "editor@tradetracker.local";
    public const string DemoAdminEmail = "admin@tradetracker.local";
    public const string DemoPassword = "Demo-pass-2025!";

    /// <summary>The demo editor's API token, documented in the README; seeded only with the demo accounts.</summary>
    public const string DemoEditorToken = "tt_dev_editor_0123456789abcdef";

    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var settings = options.Value;
        // Refused outside Development when the options are validated at start (AccountSetup).
        if (settings.SeedDemoAccounts)
        {
            var editor = await EnsureUserAsync(DemoEditorEmail, DemoPassword, [Roles.Editor]);
            await EnsureUserAsync(DemoAdminEmail, DemoPassword, [Roles.Editor, Roles.Admin]);
            await tokens.EnsureAsync(editor.Id, "Development demo token", DemoEditorToken);
        }

        if (!string.IsNullOrWhiteSpace(settings.InitialAdminEmail))
        {
            if (string.IsNullOrWhiteSpace(settings.InitialAdminPassword))
            {
                throw new InvalidOperationException("Accounts:InitialAdminPassword must be set with Accounts:InitialAdminEmail.");
            }

            await EnsureUserAsync(settings.InitialAdminEmail, settings.InitialAdminPassword, [Roles.Editor, Roles.Admin]);
        }
    }

    private async Task<ApplicationUser> EnsureUserAsync(string email, string password, string[] userRoles)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        await users.AddToRolesAsync(user, userRoles);
        logger.LogInformation("Created account {Email} with roles {Roles}", email, userRoles);
        return user;
    }
}
