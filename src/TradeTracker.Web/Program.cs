using TradeTracker.Web.Api;
using TradeTracker.Web.Components;
using TradeTracker.Web.Setup;

if (StoreCopyCommand.IsInvoked(args))
{
    return await StoreCopyCommand.RunAsync(args);
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
builder.Services.AddTradeTrackerHealthChecks();

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
app.UseTradeTrackerRequestLogging();
app.UseRateLimiter();
app.UseTradeTrackerApiErrors();
app.UseTradeTrackerApiBodyLimit();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapTradeTrackerHealthChecks();
app.MapTradeTrackerApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();

return await app.RunTradeTrackerAsync();
