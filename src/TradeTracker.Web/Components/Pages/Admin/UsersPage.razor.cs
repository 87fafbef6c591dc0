using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Components.Pages.Admin;

/// <summary>Admins list, create, re-role, lock and unlock accounts through <see cref="AccountAdminService"/>, which
/// checks the admin role and the self-protection rules on the server.</summary>
public partial class UsersPage
{
    private List<AccountSummary> accounts = [];
    private NewAccountInput newAccount = new();
    private CreatedAccount? created;
    private Dictionary<string, string[]> errors = [];
    private string? actionError;
    private string? editingRolesOf;
    private List<string> editedRoles = [];
    private string? actorId;
    private bool busy;

    [Inject]
    private AccountAdminService Accounts { get; set; } = default!;

    [Inject]
    private DisplayClock Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    private DateTimeOffset Now => Clock.Now;

    protected override async Task OnInitializedAsync()
    {
        actorId = (await UserAsync()).FindFirstValue(ClaimTypes.NameIdentifier);
        await LoadAsync();
    }

    private async Task<ClaimsPrincipal> UserAsync() => AuthState is null ? new ClaimsPrincipal() : (await AuthState).User;

    private async Task LoadAsync() => accounts = await Accounts.ListAsync(await UserAsync());

    private string? ErrorFor(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private string StateOf(AccountSummary account)
    {
        var state = !account.IsLockedAt(Now) ? "Active"
            : account.IsLockedByAdmin ? "Locked by an admin"
            : $"Locked after failed sign-ins until {Clock.Format(account.LockoutEnd!.Value)}";
        return account.PasswordChangeRequired ? state + "; has not yet replaced the one-time password" : state;
    }

    private async Task CreateAsync()
    {
        // The alert with the one-time password says it was created; no snackbar over it.
        created = await RunAsync(async user => await Accounts.CreateAsync(user, newAccount), done: null);
        if (created is not null)
        {
            newAccount = new NewAccountInput();
        }
    }

    private void EditRoles(AccountSummary account)
    {
        errors = [];
        editingRolesOf = account.Id;
        editedRoles = [.. account.Roles];
    }

    private async Task SaveRolesAsync(AccountSummary account)
    {
        if (await RunAsync(async user => { await Accounts.SetRolesAsync(user, account.Id, editedRoles); return true; }, $"Roles of {account.Email} changed"))
        {
            editingRolesOf = null;
        }
    }

    private Task LockAsync(AccountSummary account) =>
        RunAsync(async user => { await Accounts.LockAsync(user, account.Id); return true; }, $"{account.Email} is locked");

    private Task UnlockAsync(AccountSummary account) =>
        RunAsync(async user => { await Accounts.UnlockAsync(user, account.Id); return true; }, $"{account.Email} is unlocked");

    /// <summary>Runs one change as the signed-in admin, shows what was refused, and reloads the list.</summary>
    private async Task<T?> RunAsync<T>(Func<ClaimsPrincipal, Task<T>> change, string? done)
    {
        busy = true;
        errors = [];
        actionError = null;
        var result = default(T);
        try
        {
            result = await change(await UserAsync());
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }
        }
        catch (ValidationFailedException ex)
        {
            errors = ex.Errors.ToDictionary(e => e.Key, e => e.Value);
            actionError = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or AccountNotFoundException)
        {
            actionError = ex.Message;
        }
        finally
        {
            busy = false;
        }

        await LoadAsync();
        return result;
    }
}
