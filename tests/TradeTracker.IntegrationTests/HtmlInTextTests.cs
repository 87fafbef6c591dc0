using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

public sealed class HtmlInTextTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    [Fact]
    public async Task EventWithHtmlInTitleAndSummary_OnTheTimeline_IsShownAsTextNeverRendered()
    {
        await factory.GetService<EventEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new EventInput
        {
            StartsOn = new DateOnly(2025, 6, 20),
            Kind = EventKind.Statement,
            Title = "Markup test <script>alert('x')</script>",
            Summary = "A summary with <b>bold</b> and <img src=x onerror=alert(1)>",
            EconomyCodes = ["USA"],
            SourceIds = [await factory.AnySourceIdAsync()],
        }, TestContext.Current.CancellationToken);

        var response = await factory.CreateClientAs(null).GetAsync("/timeline?q=Markup%20test", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("Markup test &lt;script&gt;", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
    }
}
