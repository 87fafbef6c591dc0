using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace TradeTracker.Web.Setup;

/// <summary>The <c>ForwardedHeaders</c> configuration section: which proxies' <c>X-Forwarded-*</c> headers are believed.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of the proxies in front of the app, besides
    /// loopback (always known: nginx on the same machine).</summary>
    public string[] KnownProxies { get; set; } = [];

    public static bool IsAddressOrNetwork(string value) => IPAddress.TryParse(value, out _) || IPNetwork.TryParse(value, out _);
}

/// <summary>Behind a proxy (nginx in front of several instances), the client's address, the scheme and the host the
/// browser used come in <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c>. They are applied only when the request
/// comes from a known proxy, so the sign-in limit counts the real client, links in feeds and pages name the public host
/// and scheme, and cookies are marked secure when the browser used HTTPS; anyone else's such headers are ignored.</summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddTradeTrackerForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(s => s.KnownProxies.All(ForwardedHeadersSettings.IsAddressOrNetwork),
                "ForwardedHeaders:KnownProxies must list IP addresses (10.0.0.5) or networks (10.0.0.0/8).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            // The defaults already know loopback (127.0.0.0/8 and ::1); one proxy hop is believed.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    options.KnownIPNetworks.Add(IPNetwork.Parse(proxy));
                }
            }
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client and scheme the proxy saw.</summary>
    public static IApplicationBuilder UseTradeTrackerForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
