using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Components.Pages.Admin;

/// <summary>What the admin lists share: the filter, opening a row that may have been deleted meanwhile, and deleting
/// a row after the editor confirms, saying why when it was refused; where an open form goes.</summary>
public abstract class AdminListBase : ComponentBase
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    /// <summary>Why the last action did not happen; shown above the list.</summary>
    protected string? ActionError { get; set; }

    protected string? Filter { get; private set; }

    /// <summary>Reads the list again (with <see cref="Filter"/>).</summary>
    protected abstract Task LoadAsync();

    /// <summary>The open form goes under the row it edits: true for that row.</summary>
    protected static bool EditsRow(EditSession? session, int id) => session?.Id == id;

    /// <summary>The open form goes above the list when it adds a row, or edits one the filter no longer shows.</summary>
    protected static bool OpensAbove(EditSession? session, IEnumerable<int> shown) =>
        session is not null && (session.Id is not { } id || !shown.Contains(id));

    protected async Task FilterAsync(string text)
    {
        Filter = text;
        await LoadAsync();
    }

    /// <summary>Reads a row to edit; when someone deleted it meanwhile, says so and refreshes the list.</summary>
    protected async Task<TRow?> OpenRowAsync<TRow>(string kind, int id, Func<int, Task<TRow?>> read)
        where TRow : class
    {
        ActionError = null;
        var row = await read(id);
        if (row is null)
        {
            ActionError = $"That {kind} no longer exists: someone deleted it.";
            await LoadAsync();
        }

        return row;
    }

    /// <summary>Asks first; then deletes as the signed-in user and refreshes the list. True only when it was deleted.</summary>
    protected async Task<bool> ConfirmDeleteAsync(string what, Func<ClaimsPrincipal, Task> delete)
    {
        ActionError = null;
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete?",
            $"Delete {what}? Readers will no longer see it; it stays in the archive, where an editor can restore it.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return false;
        }

        try
        {
            var user = AuthState is null ? new ClaimsPrincipal() : (await AuthState).User;
            await delete(user);
            Snackbar.Add("Deleted (archived)", Severity.Success);
        }
        catch (ValidationFailedException ex)
        {
            ActionError = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or RowNotFoundException or UnauthorizedAccessException)
        {
            ActionError = ex.Message;
        }

        await LoadAsync();
        return ActionError is null;
    }
}
