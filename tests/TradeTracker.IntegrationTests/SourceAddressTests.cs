using System.Net;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>A source's address is the publisher's: https://ustr.gov@evil.example/ reads as ustr.gov and leads to
/// evil.example, so an address with a user before @ is refused on every path that takes one, as is anything but an
/// absolute http or https URL with a host.</summary>
public sealed class SourceAddressTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string Disguised = "https://ustr.gov@evil.example/notices/2025";

    private readonly HttpClient editor = factory.CreateClientAs("editor");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Refused => new()
    {
        { Disguised, "names a user before @ (it leads to evil.example); give the publisher's address itself" },
        { "https://user:secret@ustr.gov/notice", "names a user before @ (it leads to ustr.gov)" },
        { "ftp://ustr.gov/notice", "must be an absolute http or https address" },
        { "javascript:alert(1)", "must be an absolute http or https address" },
        { "/notices/2025", "must be an absolute http or https address" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task PostSource_AddressThatIsNotThePublishers_Is400OnTheUrl(string url, string message)
    {
        var body = await factory.ValidBodyAsync("sources");
        body["url"] = url;

        var response = await editor.SendAsync(HttpMethod.Post, "/api/sources", body);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["url"], problem.ErrorFields());
        Assert.Contains(message, problem.ErrorText("url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutSource_AddressWithAUser_Is400AndKeepsTheStoredAddress()
    {
        var (id, version, row) = await factory.CreateRowAsync(editor, "sources");
        row["url"] = Disguised;

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/sources/{id}", row, WriteApi.IfMatch(version));

        Assert.Contains("names a user before @", (await response.ReadJsonAsync(HttpStatusCode.BadRequest)).ErrorText("url"), StringComparison.Ordinal);
        Assert.Equal(version, await factory.StoredVersionAsync("sources", id));
    }

    [Fact]
    public async Task Import_SourceUrlWithAUser_IsAnErrorOnTheSourceUrlColumn()
    {
        var id = CsvFiles.NewId("EV");
        var csv = "external_id,date,kind,title,summary,economies,source_publisher,source_url\n"
            + $"{id},2031-04-01,statement,Disguised source,Said something.,USA,USTR,{Disguised}";

        var report = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.False(report.Committed);
        Assert.Contains(Assert.Single(report.Rows).Errors, e => e.StartsWith("source_url: line 1: ", StringComparison.Ordinal) && e.Contains("names a user before @", StringComparison.Ordinal));
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Sources.AnyAsync(s => s.Url == Disguised, Ct));
    }

    [Fact]
    public async Task Import_SourceUrlWithAUserAlreadyStored_IsStillAnErrorOnTheRow()
    {
        var url = $"https://ustr.gov@evil.example/{CsvFiles.NewId("OLD")}";
        await using (var db = factory.CreateDbContext())
        {
            // Stored before the rule, as an old store would have it.
            db.Sources.Add(new Source { Publisher = "USTR", Title = "Old notice", Url = url });
            await db.SaveChangesAsync(Ct);
        }

        var id = CsvFiles.NewId("EV");
        var csv = "external_id,date,kind,title,summary,economies,source_publisher,source_url\n"
            + $"{id},2031-04-02,statement,Cites an old source,Said something.,USA,USTR,{url}";

        var report = await factory.PreviewAsync(ImportKind.Events, csv);

        Assert.Contains(Assert.Single(report.Rows).Errors, e => e.StartsWith("source_url: line 1: ", StringComparison.Ordinal) && e.Contains("names a user before @", StringComparison.Ordinal));
    }
}
