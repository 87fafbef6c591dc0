using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TradeTracker.Web.Setup;

/// <summary>How the process is hosted: which environment it runs in, where its static assets come from, and which host
/// names it answers to.</summary>
public static class HostingSetup
{
    /// <summary>The variable launchSettings.json sets for <c>dotnet run</c>: the environment to use when none is named.</summary>
    public const string LaunchEnvironmentVariable = "TRADETRACKER_LAUNCH_ENVIRONMENT";

    /// <summary>The builder's options: the environment named by <c>ASPNETCORE_ENVIRONMENT</c>, <c>DOTNET_ENVIRONMENT</c> or
    /// <c>--environment</c> as usual; when none is, the launch profile's <see cref="LaunchEnvironmentVariable"/>. A profile
    /// cannot set the environment variables themselves without winning over the shell's (<c>dotnet run</c> sets a
    /// profile's variables over the shell's, and <c>DOTNET_ENVIRONMENT</c> beats <c>ASPNETCORE_ENVIRONMENT</c> since
    /// .NET 7), so that <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> would still be Development.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var named = new ConfigurationBuilder()
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables("DOTNET_")
            .AddCommandLine(args)
            .Build()[HostDefaults.EnvironmentKey];
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = string.IsNullOrWhiteSpace(named) ? Environment.GetEnvironmentVariable(LaunchEnvironmentVariable) : null,
        };
    }

    /// <summary>Static assets under <c>dotnet run</c> in any environment (the host reads the build's asset manifest only
    /// in Development; a published app has no such manifest and serves its own wwwroot), and the allowed hosts: outside
    /// Development <c>AllowedHosts</c> must name the hosts the app answers to, and a proxy's <c>X-Forwarded-Host</c> is
    /// believed only when it is one of them.</summary>
    public static WebApplicationBuilder AddTradeTrackerHosting(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddOptions<HostFilteringOptions>()
            .Validate<IHostEnvironment>((options, environment) => environment.IsDevelopment() || !options.AllowedHosts.Contains("*"),
                "AllowedHosts is '*' or empty, which is refused outside Development: set it to the host names the app is reached by, separated by ';' (e.g. AllowedHosts=tradetracker.example.org).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostFilteringOptions>>((forwarded, hosts) =>
        {
            if (!hosts.Value.AllowedHosts.Contains("*"))
            {
                forwarded.AllowedHosts = [.. hosts.Value.AllowedHosts];
            }
        });
        return builder;
    }
}
