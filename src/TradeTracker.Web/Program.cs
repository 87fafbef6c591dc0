using Serilog;
using TradeTracker.Web.Api;
using TradeTracker.Web.Components;
using TradeTracker.Web.Setup;

if (StoreCopyCommand.IsInvoked(args))
{
    return await StoreCopyCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddTradeTrackerLogging();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddTradeTrackerDatabase();
builder.Services.AddTradeTrackerAccounts(builder.Configuration);
builder.Services.AddTradeTrackerServices();
builder.Services.AddTradeTrackerApi();
builder.Services.AddTradeTrackerDelivery();
builder.Services.AddTradeTrackerForwardedHeaders();

var app = builder.Build();

app.UseTradeTrackerForwardedHeaders();

if (app.Environment.IsDevelopment())
{
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseTradeTrackerCompression();
app.UseSerilogRequestLogging();
app.UseRateLimiter();
app.UseTradeTrackerApiErrors();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapTradeTrackerApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();

await app.PrepareTradeTrackerDatabaseAsync();
await app.PrepareTradeTrackerAccountsAsync();
await app.RunAsync();
return 0;
