using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Components.Pages.Admin;

public sealed partial class AdminForm : IAsyncDisposable
{
    /// <summary>This form's key in the script's list of the buttons that opened forms.</summary>
    private readonly string key = Guid.NewGuid().ToString("N");
    private bool saving;
    private ElementReference element;
    private IJSObjectReference? module;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public EditSession Session { get; set; } = default!;

    /// <summary>Calls the editor service as this user; returns the saved row's id.</summary>
    [Parameter, EditorRequired]
    public Func<ClaimsPrincipal, Task<int>> Save { get; set; } = default!;

    /// <summary>Reads the row again after a conflict (see <see cref="EditSession{TInput}.ReloadAsync"/>).</summary>
    [Parameter]
    public Func<Task>? Reload { get; set; }

    [Parameter]
    public EventCallback<int> OnSaved { get; set; }

    /// <summary>The audit kind of the row (see <c>AuditKinds</c>): shows its history under the form when editing.</summary>
    [Parameter]
    public string? HistoryKind { get; set; }

    /// <summary>Makes an earlier version current (see <see cref="EditSession{TInput}.RevertAsync"/>).</summary>
    [Parameter]
    public Func<ClaimsPrincipal, long, Task<int>>? Revert { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>2 for a form of its own; 3 for one inside another panel or form.</summary>
    [Parameter]
    public int HeadingLevel { get; set; } = 2;

    /// <summary>False for a form shown again after another stepped aside for a while (a measure's, after a step's form
    /// closes): focus stays where the closing form left it.</summary>
    [Parameter]
    public bool TakeFocus { get; set; } = true;

    [Parameter]
    public string SaveText { get; set; } = "Save";

    [Parameter]
    public string SaveTestId { get; set; } = "save";

    [Parameter]
    public string SummaryTestId { get; set; } = "validation-summary";

    [Parameter]
    public string SavedMessage { get; set; } = "Saved";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["Components/Pages/Admin/AdminForm.razor.js"]);
            await module.InvokeVoidAsync("open", element, key, TakeFocus);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.InvokeVoidAsync("close", key);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is gone (the circuit closed): there is no focus to hand back.
        }
    }

    private async Task SaveAsync()
    {
        Session.BeginSave();
        if (Session.HasLocalErrors)
        {
            return;
        }

        saving = true;
        try
        {
            var user = AuthState is null ? new ClaimsPrincipal() : (await AuthState).User;
            var id = await Save(user);
            Snackbar.Add(SavedMessage, Severity.Success);
            await OnSaved.InvokeAsync(id);
        }
        catch (ValidationFailedException ex)
        {
            Session.Refuse(ex.Errors);
        }
        catch (ConcurrencyConflictException ex)
        {
            Session.Conflicted(ex.Message);
        }
        catch (Exception ex) when (ex is RowNotFoundException or UnauthorizedAccessException)
        {
            Session.Failure = ex.Message;
        }
        catch (Exception ex) when (StoreBusy.Is(ex))
        {
            // Nothing was saved; the form keeps what was typed, so Save can simply be pressed again.
            Session.Failure = StoreBusy.Message;
        }
        finally
        {
            saving = false;
        }
    }

    private async Task ReloadAsync()
    {
        if (Reload is not null)
        {
            await Reload();
        }
    }
}
