using Serilog;

namespace TradeTracker.Web.Setup;

public static class LoggingSetup
{
    /// <summary>Serilog from the <c>Serilog</c> section of configuration (console and rolling file in appsettings.json).</summary>
    public static WebApplicationBuilder AddTradeTrackerLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
