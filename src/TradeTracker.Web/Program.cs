using TradeTracker.Web.Api;
using TradeTracker.Web.Components;
using TradeTracker.Web.Setup;

if (StoreCopyCommand.IsInvoked(args))
{
    return await StoreCopyCommand.RunAsync(args);
}

if (StoreBackupCommand.IsInvoked(args))
{
    return await StoreBackupCommand.RunAsync(args);
}

if (ReadModelRebuildCommand.IsInvoked(args))
{
    return await ReadModelRebuildCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(HostingSetup.Options(args));

builder.AddTradeTrackerHosting();
builder.AddTradeTrackerLogging();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddTradeTrackerDatabase();
builder.Services.AddTradeTrackerAccounts(builder.Configuration);
builder.Services.AddTradeTrackerServices();
builder.Services.AddTradeTrackerApi();
builder.Services.AddTradeTrackerDelivery();
builder.Services.AddTradeTrackerForwardedHeaders();
builder.Services.AddTradeTrackerTransport();
builder.Services.AddTradeTrackerApiRateLimit();
builder.Services.AddTradeTrackerHealthChecks();
builder.Services.AddTradeTrackerOutputCache();

var app = builder.Build();

app.UseTradeTrackerForwardedHeaders();
app.UseTradeTrackerSecurityHeaders();
app.UseTradeTrackerTransport();

if (app.Environment.IsDevelopment())
{
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseTradeTrackerCompression();
app.UseTradeTrackerRequestLogging();

// Explicit, so the API's rate limit sees who authenticated (a refused token counts against its address) and runs
// before authorization refuses anything; otherwise both would run before every middleware above.
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseTradeTrackerApiErrors();
app.UseTradeTrackerApiBodyLimit();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.UseTradeTrackerOutputCache();
app.UseTradeTrackerApiETags();

app.MapStaticAssets();
app.MapTradeTrackerHealthChecks();
app.MapTradeTrackerApi().CacheOutput(OutputCacheSetup.PolicyName);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().CacheOutput(OutputCacheSetup.PolicyName);
app.MapAdditionalIdentityEndpoints();

return await app.RunTradeTrackerAsync();
