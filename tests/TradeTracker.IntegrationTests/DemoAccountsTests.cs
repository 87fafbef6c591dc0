using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary>Development with the demo accounts, as <c>dotnet run</c> starts it.</summary>
public sealed class DemoAccountsFactory : TradeTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SeedDemoAccounts", "true");
    }
}

/// <summary>Production, without demo accounts (the only way it starts), reached over HTTPS as a production site is
/// (plain HTTP is redirected there).</summary>
public sealed class ProductionFactory : TradeTrackerFactory
{
    public ProductionFactory() => ClientOptions.BaseAddress = new Uri("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("AllowedHosts", "localhost;tradetracker.example");
    }
}

public sealed class DemoAccountsTests(DemoAccountsFactory factory) : IClassFixture<DemoAccountsFactory>
{
    [Fact]
    public async Task Post_DocumentedDemoToken_ActsAsTheDemoEditor()
    {
        var client = factory.CreateBearerClient(AccountSeeder.DemoEditorToken);

        var response = await client.SendAsync(HttpMethod.Post, "/api/sources", await factory.ValidBodyAsync("sources"));

        var row = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(AccountSeeder.DemoEditorEmail, (await factory.StoredRowAsync("sources", row.GetProperty("id").GetInt32()))?.CreatedBy);
    }
}

public sealed class ProductionTokenTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Post_DemoTokenOutsideDevelopment_Is401AndNoTokenExists()
    {
        var client = factory.CreateBearerClient(AccountSeeder.DemoEditorToken);

        var response = await client.SendAsync(HttpMethod.Post, "/api/sources", await factory.ValidBodyAsync("sources"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.ApiTokens.AnyAsync(TestContext.Current.CancellationToken));
    }
}
