using System.IO.Compression;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.ResponseCompression;

namespace TradeTracker.Web.Setup;

/// <summary>How pages and live circuits are delivered: compressed HTML and JSON, and how long a dropped circuit is kept.</summary>
public static class DeliverySetup
{
    public static IServiceCollection AddTradeTrackerDelivery(this IServiceCollection services)
    {
        // Static files are precompressed by MapStaticAssets; this compresses what is rendered per request (the
        // prerendered pages, the API's JSON, the feeds). Fastest levels: the bytes saved are most of what a higher
        // level would save, for a fraction of the CPU per request.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/calendar", "application/atom+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);

        // A circuit whose connection dropped (a phone asleep, a lost network) is kept for a reconnect; a tab that is
        // closed ends its circuit at once. One minute covers a network blip without holding memory for the default three.
        services.Configure<CircuitOptions>(options =>
        {
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
            options.DisconnectedCircuitMaxRetained = 1000;
        });
        return services;
    }

    /// <summary>Compresses responses, except the account pages: they carry antiforgery tokens beside what the user
    /// typed, the pattern a compression side channel (BREACH) needs.</summary>
    public static IApplicationBuilder UseTradeTrackerCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/Account"), branch => branch.UseResponseCompression());
}
