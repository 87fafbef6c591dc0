using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace TradeTracker.Web.Setup;

/// <summary>The <c>Transport</c> configuration section: how browsers reach the app outside Development.</summary>
public sealed class TransportOptions
{
    public const string Section = "Transport";

    /// <summary>The port browsers use for HTTPS, where plain HTTP requests are redirected: 443 behind a proxy that ends
    /// TLS, or Kestrel's own HTTPS port when it serves TLS itself.</summary>
    [Range(1, 65535, ErrorMessage = "Transport:HttpsPort must be a TCP port (1-65535).")]
    public int HttpsPort { get; set; } = 443;

    /// <summary>For a test cluster on one machine only (a proxy on 127.0.0.1 speaking plain HTTP to the instances and to
    /// the browser): no redirect to HTTPS and cookies not forced Secure. Refused at start unless every address the app
    /// is configured to listen on is loopback, so it cannot open a production site to plain HTTP.</summary>
    public bool AllowPlainHttpOnLoopback { get; set; }

    public const string LoopbackOnlyMessage =
        "Transport:AllowPlainHttpOnLoopback is for a test cluster on one machine: it is refused because the app is configured "
        + "to listen on an address other than loopback (urls / ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or HTTPS_PORTS, "
        + "Kestrel:Endpoints). Remove the setting and serve the site over HTTPS.";

    /// <summary>Whether every address in the configuration is loopback (127.0.0.0/8, ::1, localhost or a Unix socket);
    /// without any, Kestrel listens on http://localhost:5000.</summary>
    public static bool ListensOnLoopbackOnly(IConfiguration configuration)
    {
        var urls = (configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? "");
        var portsOnAllInterfaces = urls.Length == 0
            && (!string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey]) || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]));
        return !portsOnAllInterfaces && urls.Concat(endpoints).All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }

        return address.IsUnixPipe
            || address.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}

/// <summary>Outside Development the app is reached over HTTPS only: HSTS for a year with subdomains, plain HTTP
/// redirected (308) to HTTPS, and every cookie it sets marked Secure (the sign-in cookie, antiforgery, the status
/// message). Behind a proxy that ends TLS, the scheme comes from <c>X-Forwarded-Proto</c> of a known proxy
/// (<see cref="ForwardedHeadersSetup"/>), so requests the browser sent over HTTPS are HTTPS here too.</summary>
public static class TransportSetup
{
    public static IServiceCollection AddTradeTrackerTransport(this IServiceCollection services)
    {
        services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.Section).ValidateDataAnnotations()
            .Validate<IConfiguration>((options, configuration) => !options.AllowPlainHttpOnLoopback || TransportOptions.ListensOnLoopbackOnly(configuration),
                TransportOptions.LoopbackOnlyMessage)
            .ValidateOnStart();
        services.AddHsts(options =>
        {
            // Not `preload`: that commits the whole domain and its subdomains to HTTPS in browsers' built-in lists, a
            // decision for whoever owns the domain, not for this app.
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<TransportOptions>>((options, transport) =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = transport.Value.HttpsPort;
        });
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        return services;
    }

    /// <summary>After the forwarded headers (the scheme the browser used) and before anything that sets a cookie.</summary>
    public static IApplicationBuilder UseTradeTrackerTransport(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseHsts();
        if (!app.Services.GetRequiredService<IOptions<TransportOptions>>().Value.AllowPlainHttpOnLoopback)
        {
            app.UseHttpsRedirection();
            app.UseCookiePolicy();
        }

        return app;
    }
}
