using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;

namespace TradeTracker.Web.Setup;

/// <summary><c>rebuild-read-models</c>: makes every read model of the configured store again from its rows (decision
/// 0011) instead of starting the web app, for a store whose rows were written around the app (a bulk load, a repair by
/// hand). Each model is rebuilt in its own transaction; readers see the old tables until it commits.</summary>
public static class ReadModelRebuildCommand
{
    public const string Name = "rebuild-read-models";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <returns>0 when every model was rebuilt; 1 when the store failed (nothing of the failing model committed) or lacks
    /// migrations.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        try
        {
            await using var app = StoreCommandHost.Build(args[1..]);
            var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
                if (pending > 0)
                {
                    await error.WriteLineAsync($"{Name}: the store lacks {pending} migration(s): start the app once with Database:MigrateOnStartup=true, then rebuild.");
                    return 1;
                }
            }

            var rebuilt = await app.Services.GetRequiredService<ReadModelSet>()
                .RebuildAsync(dbFactory, all: true);
            await output.WriteLineAsync(rebuilt.Count == 0 ? "No read models are registered." : $"Rebuilt: {string.Join(", ", rebuilt)}.");
            return 0;
        }
        catch (DbException e)
        {
            await error.WriteLineAsync($"{Name}: the store failed, the model being rebuilt was left as it was: {e.Message}");
            return 1;
        }
    }
}
