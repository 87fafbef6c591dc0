using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

/// <summary>Roles always; demo accounts only in Development; the first admin from configuration anywhere.</summary>
public sealed class AccountSeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AccountOptions> options,
    IHostEnvironment environment,
    ILogger<AccountSeeder> logger)
{
    public const string DemoEditorEmail = "editor@tradetracker.local";
    public const string DemoAdminEmail = "admin@tradetracker.local";
    public const string DemoPassword = "Demo-pass-2025!";

    public async Task SeedAsync()
    {
        foreach (var role in new[] { Roles.Editor, Roles.Admin })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var settings = options.Value;
        if (settings.SeedDemoAccounts)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException("Accounts:SeedDemoAccounts is only allowed in Development; production stores get no default accounts.");
            }

            await EnsureUserAsync(DemoEditorEmail, DemoPassword, [Roles.Editor]);
            await EnsureUserAsync(DemoAdminEmail, DemoPassword, [Roles.Editor, Roles.Admin]);
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

    private async Task EnsureUserAsync(string email, string password, string[] userRoles)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        await users.AddToRolesAsync(user, userRoles);
        logger.LogInformation("Created account {Email} with roles {Roles}", email, userRoles);
    }
}
