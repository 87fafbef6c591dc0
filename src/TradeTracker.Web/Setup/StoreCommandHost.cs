namespace TradeTracker.Web.Setup;

/// <summary>The host the store commands (backup, restore, rebuild-read-models) run in.</summary>
internal static class StoreCommandHost
{
    /// <summary>The app's store registrations over the app's own configuration, without starting the web server. Accounts
    /// are registered because Identity's options shape the model; the pages' services they bring are never built, so
    /// Development's check that every service can be built is off.</summary>
    public static WebApplication Build(string[] configuration)
    {
        var builder = WebApplication.CreateBuilder(configuration);
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Logging.ClearProviders();
        builder.Services.AddTradeTrackerDatabase();
        builder.Services.AddTradeTrackerAccounts(builder.Configuration);
        return builder.Build();
    }
}
