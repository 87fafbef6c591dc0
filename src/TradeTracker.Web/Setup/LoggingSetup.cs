using Serilog;
using Serilog.Events;

namespace TradeTracker.Web.Setup;

public static class LoggingSetup
{
    /// <summary>Serilog from the <c>Serilog</c> section of configuration (console and rolling file in appsettings.json).</summary>
    public static WebApplicationBuilder AddTradeTrackerLogging(this WebApplicationBuilder builder)
    {
        // Each host keeps its own logger (preserveStaticLogger): with the static Log.Logger, hosts in one process (the
        // integration tests' fixtures) wrote into whichever logger was built last.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request: Error for a server error, Debug for the health probes (a load balancer asks every few
    /// seconds), Information for the rest.</summary>
    public static IApplicationBuilder UseTradeTrackerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (http, _, error) =>
                HealthSetup.IsProbe(http) ? LogEventLevel.Debug
                : error is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : LogEventLevel.Information;
        });
}
