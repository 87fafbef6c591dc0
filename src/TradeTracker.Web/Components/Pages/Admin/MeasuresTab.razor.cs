using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Components.Pages.Admin;

public partial class MeasuresTab
{
    private List<TariffMeasure> rows = [];
    private List<Economy> economies = [];
    private EditSession<MeasureInput>? session;

    /// <summary>The measure open in the form, with its rate steps; null while adding a new one.</summary>
    private TariffMeasure? selected;

    /// <summary>A step form is open: the measure's form steps aside so there is one Save button.</summary>
    private bool stepFormOpen;

    /// <summary>A step form has just closed: the measure's form comes back without taking focus from the step list.</summary>
    private bool stepFormClosed;

    [Inject]
    private AdminQueries Queries { get; set; } = default!;

    [Inject]
    private EconomyService Economies { get; set; } = default!;

    [Inject]
    private MeasureEditor Editor { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        economies = await Economies.GetPickOrderAsync();
        await LoadAsync();
    }

    protected override async Task LoadAsync() => rows = await Queries.ListMeasuresAsync(Filter);

    private string ZoneOf(string code) => economies.FirstOrDefault(e => e.Code == code)?.TimeZoneId ?? "Etc/UTC";

    private void StepFormOpenChanged(bool open)
    {
        stepFormClosed = stepFormOpen && !open;
        stepFormOpen = open;
    }

    private void Add()
    {
        stepFormOpen = stepFormClosed = false;
        selected = null;
        session = new EditSession<MeasureInput>(new MeasureInput());
    }

    /// <summary>Opens a measure; <paramref name="keepForm"/> refreshes its steps without touching what is typed in its form.</summary>
    private async Task OpenAsync(int id, bool keepForm)
    {
        selected = await OpenRowAsync("measure", id, id => Queries.GetMeasureAsync(id));
        if (selected is null)
        {
            Close();
            return;
        }

        if (!keepForm || session is null)
        {
            stepFormOpen = stepFormClosed = false;
            session = new EditSession<MeasureInput>(MeasureInput.From(selected)) { Id = selected.Id, Version = selected.Version };
        }
    }

    /// <summary>A saved measure stays open with its steps, so a new one can be given its rates at once.</summary>
    private async Task SavedAsync(int id)
    {
        await LoadAsync();
        await OpenAsync(id, keepForm: false);
    }

    private void Close()
    {
        stepFormOpen = stepFormClosed = false;
        session = null;
        selected = null;
    }

    private async Task DeleteAsync(TariffMeasure m)
    {
        if (await ConfirmDeleteAsync($"measure {m.Key} and all its rate steps", user => Editor.DeleteAsync(user, m.Id, m.Version)) && selected?.Id == m.Id)
        {
            Close();
        }
    }
}
