using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>Every write path of the editing services refuses a reader and an anonymous caller, and changes nothing.</summary>
public sealed class WritePathRoleTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Paths()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "reader", "anonymous" })
        {
            foreach (var path in new[] { "create", "update", "delete", "restore", "revert", "purge", "extend" })
            {
                data.Add(path, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task WritePath_WithoutEditorRole_IsRefusedAndChangesNothing(string path, string who)
    {
        var user = who == "anonymous" ? new ClaimsPrincipal(new ClaimsIdentity()) : TradeTrackerFactory.User("reader");
        var measures = factory.GetService<MeasureEditor>();
        var measure = await factory.CreateAllGoodsMeasureAsync($"Role check {path} {who}");
        var input = measures.ToInput(measure);
        input.SourceIds = [await factory.AnySourceIdAsync()];
        int auditBefore;
        await using (var db = factory.CreateDbContext())
        {
            auditBefore = await db.AuditEntries.CountAsync(Ct);
        }

        Task action = path switch
        {
            "create" => measures.CreateAsync(user, input, Ct),
            "update" => measures.UpdateAsync(user, measure.Id, measure.Version, input, Ct),
            "delete" => measures.DeleteAsync(user, measure.Id, measure.Version, Ct),
            "restore" => measures.RestoreAsync(user, measure.Id, Ct),
            "revert" => measures.RevertAsync(user, measure.Id, measure.Version, 1, Ct),
            "purge" => measures.PurgeAsync(user, measure.Id, Ct),
            _ => factory.GetService<DeadlineEditor>().ExtendAsync(user, 1, Guid.Empty, new ExtensionInput(), Ct),
        };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => action);
        await using var after = factory.CreateDbContext();
        Assert.Equal(auditBefore, await after.AuditEntries.CountAsync(Ct));
    }
}
