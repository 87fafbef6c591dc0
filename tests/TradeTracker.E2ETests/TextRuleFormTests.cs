using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The text rule on the admin form: a form feed pasted from a PDF into a title is refused, and the message
/// saying which character and where is shown on the Title field itself.</summary>
public sealed class TextRuleFormTests(AppServer app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditorSavesTitleWithAFormFeed_SeesWhichCharacterOnTheTitleFieldAndNothingIsSaved()
    {
        var (eventId, title) = await CreateEventAsync();
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/admin");
        var admin = new AdminPage(page);
        await admin.EditEventAsync(title, eventId);

        await admin.FillAsync("Title", "Geneva\u000Ctalks");
        await page.GetByTestId("save").ClickAsync();

        // The innermost block holding both the Title box and the message is the field's own: one text box, no summary.
        var field = page.GetByLabel("Title", new() { Exact = true });
        var message = "Title contains a control character (U+000C) at position 7; remove it.";
        var fieldBlock = page.Locator("div", new() { Has = field, HasText = message }).Last;
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(fieldBlock).ToBeVisibleAsync();
        await Expect(fieldBlock.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(1);
        await Expect(fieldBlock.GetByTestId("validation-summary")).ToHaveCountAsync(0);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(title, await db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync(Ct));
    }

    private async Task<(int Id, string Title)> CreateEventAsync()
    {
        int sourceId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            sourceId = await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct);
        }

        var editor = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new(System.Security.Claims.ClaimTypes.Name, LoginPage.EditorEmail),
            new(System.Security.Claims.ClaimTypes.Role, TradeTracker.Web.Services.Accounts.Roles.Editor),
        ], "test"));
        var created = await app.Services.GetRequiredService<EventEditor>().CreateAsync(editor, new EventInput
        {
            StartsOn = new DateOnly(2025, 5, 20),
            Title = $"Text rule check {Guid.NewGuid():N}",
            Summary = "A row for the text rule's form test.",
            EconomyCodes = ["USA", "CHN"],
            SourceIds = [sourceId],
        }, Ct);
        return (created.Id, created.Title);
    }
}
