using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Components.Pages.Admin;

public partial class DeadlinesTab
{
    private List<Deadline> rows = [];
    private EditSession<DeadlineInput>? session;
    private EditSession<ExtensionInput>? extension;
    private Deadline? extending;

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override async Task LoadAsync() => rows = await Queries.ListDeadlinesAsync(Filter);

    private void Add()
    {
        Close();
        session = new EditSession<DeadlineInput>(new DeadlineInput());
    }

    private async Task EditAsync(int id)
    {
        Close();
        if (await OpenRowAsync("deadline", id, id => Queries.GetDeadlineAsync(id)) is { } d)
        {
            session = new EditSession<DeadlineInput>(DeadlineInput.From(d)) { Id = d.Id, Version = d.Version };
        }
    }

    private async Task ExtendAsync(int id)
    {
        Close();
        if (await OpenRowAsync("deadline", id, id => Queries.GetDeadlineAsync(id)) is { } d)
        {
            extending = d;
            var input = new ExtensionInput { TimeZoneId = d.CurrentDue().TimeZoneId };
            extension = new EditSession<ExtensionInput>(input) { Id = d.Id, Version = d.Version };
        }
    }

    private void Close()
    {
        session = null;
        extension = null;
        extending = null;
    }

    private async Task ClosedAsync()
    {
        Close();
        await LoadAsync();
    }

    private async Task DeleteAsync(Deadline d)
    {
        if (await ConfirmDeleteAsync($"the deadline “{d.Title}” and its extensions", user => Editor.DeleteAsync(user, d.Id, d.Version))
            && (session?.Id == d.Id || extension?.Id == d.Id))
        {
            Close();
        }
    }
}
