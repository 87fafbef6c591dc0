using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The test server has no socket: a startup filter gives every request the remote address in
/// <see cref="Header"/>, else 127.0.0.1 (a proxy on loopback), before anything of the app's sees it.</summary>
public static class TestRemoteAddress
{
    public const string Header = "X-Test-Remote-Address";

    public static void Add(IServiceCollection services) => services.AddTransient<IStartupFilter, Filter>();

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].FirstOrDefault() ?? "127.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
