using MudBlazor.Services;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;
using TradeTracker.Web.Services.OpenData;

namespace TradeTracker.Web.Setup;

public static class ServicesSetup
{
    /// <summary>Options, the display clock, the read and write services, and the UI component library.</summary>
    public static IServiceCollection AddTradeTrackerServices(this IServiceCollection services)
    {
        services.AddOptions<TradeTrackerOptions>().BindConfiguration(TradeTrackerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DisplayClock>();
        services.AddSingleton<ReadCache>();
        services.AddSingleton<RateService>();
        services.AddSingleton<RateChartService>();
        services.AddSingleton<TimelineService>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<DeadlineService>();
        services.AddSingleton<RateChangeService>();
        services.AddSingleton<EventService>();
        services.AddSingleton<EconomyService>();
        services.AddSingleton<AuditService>();
        services.AddSingleton<AdminQueries>();
        services.AddSingleton<SourceEditor>();
        services.AddSingleton<MeasureEditor>();
        services.AddSingleton<RateStepEditor>();
        services.AddSingleton<EventEditor>();
        services.AddSingleton<DeadlineEditor>();
        services.AddSingleton<ReferenceUpdateService>();
        services.AddSingleton<ImportUndo>();
        services.AddSingleton<CsvImportService>();

        // Imports a dead process left half written are undone before the first request.
        services.AddHostedService<InterruptedImports>();
        services.AddSingleton<CsvExportService>();
        services.AddSingleton<OpenDataService>();
        services.AddSingleton<DeadlineCalendar>();
        services.AddSingleton<ChangesFeed>();
        services.AddMudServices();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = StoreBusySetup.DescribeBusyStore);
        return services;
    }
}
