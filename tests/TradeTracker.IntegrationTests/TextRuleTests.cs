using System.Net;
using System.Text.Json.Nodes;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>One text rule on every write path (Domain/SafeText): control characters, bidirectional overrides and, in a
/// one-line field, line breaks are refused with a message naming the character and where it is; tabs and line breaks
/// in a multi-line field are kept, line ends stored as LF.</summary>
public sealed class TextRuleTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient editor = factory.CreateClientAs("editor");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every text field of every kind the write API takes, and whether it may hold line breaks.</summary>
    private static readonly (string Kind, string Field, bool Multi)[] Fields =
    [
        ("measures", "key", false), ("measures", "name", false), ("measures", "legalBasis", false),
        ("measures", "productDescription", true), ("measures", "notes", true), ("measures", "invalidatedBy", false),
        ("measures", "invalidationNote", false),
        ("rate-steps", "notes", true),
        ("events", "title", false), ("events", "summary", true), ("events", "location", false), ("events", "participants", false),
        ("deadlines", "title", false), ("deadlines", "whatHappens", true), ("deadlines", "outcome", true),
        ("sources", "publisher", false), ("sources", "title", false), ("sources", "url", false),
    ];

    /// <summary>Characters refused in any field: what, the code point the message names, and a value holding it.</summary>
    private static readonly (string Name, string CodePoint, string Text)[] Refused =
    [
        ("nul", "U+0000", "CTL\u0000CHAR"),
        ("form feed from a PDF", "U+000C", "PAGE\u000CBREAK"),
        ("DEL", "U+007F", "DEL\u007FCHAR"),
        ("C1 control", "U+0085", "NEXT\u0085LINE"),
        ("right-to-left override", "U+202E", "TXT\u202EFDP"),
        ("first-strong isolate", "U+2068", "ISO\u2068LATE"),
        ("zero-width space", "U+200B", "ZERO\u200BWIDTH"),
    ];

    public static TheoryData<string, string, string, string> RefusedEverywhere()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (kind, field, _) in Fields)
        {
            foreach (var (_, codePoint, text) in Refused)
            {
                data.Add(kind, field, codePoint, text);
            }
        }

        return data;
    }

    public static TheoryData<string, string> SingleLineFields() => Pairs(multi: false);

    public static TheoryData<string, string> MultiLineFields() => Pairs(multi: true);

    private static TheoryData<string, string> Pairs(bool multi)
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, field, isMulti) in Fields.Where(f => f.Multi == multi))
        {
            data.Add(kind, field);
        }

        return data;
    }

    /// <summary>A value for <paramref name="field"/> around <paramref name="text"/> that breaks no other rule of it.</summary>
    private static string ValueFor(string field, string text) => field switch
    {
        "url" => "https://example.org/" + text,
        "key" => "TEST-" + text,
        _ => "Text " + text,
    };

    [Theory]
    [MemberData(nameof(RefusedEverywhere))]
    public async Task Post_FieldWithARefusedCharacter_Is400NamingItAndWhereItIs(string kind, string field, string codePoint, string text)
    {
        var body = await factory.ValidBodyAsync(kind);
        var value = ValueFor(field, text);
        body[field] = value;
        var rowsBefore = await factory.RowCountAsync(kind);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        var position = value.IndexOf(char.ConvertFromUtf32(Convert.ToInt32(codePoint[2..], 16)), StringComparison.Ordinal) + 1;
        Assert.Equal([field], problem.ErrorFields());
        Assert.Contains($"({codePoint}) at position {position}; remove it.", problem.ErrorText(field), StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await factory.RowCountAsync(kind));
    }

    [Theory]
    [MemberData(nameof(SingleLineFields))]
    public async Task Post_LineBreakInAOneLineField_Is400OnThatField(string kind, string field)
    {
        var body = await factory.ValidBodyAsync(kind);
        body[field] = ValueFor(field, "CR\rHERE");

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        Assert.Contains("a line break (U+000D)", problem.ErrorText(field), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MultiLineFields))]
    public async Task Post_TabsAndLineBreaksInAMultiLineField_AreKeptWithLineEndsAsLf(string kind, string field)
    {
        var body = await factory.ValidBodyAsync(kind);
        body[field] = "First line\r\n\tindented second line\rthird line";

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        var row = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("First line\n\tindented second line\nthird line", row.GetProperty(field).GetString());
    }

    [Fact]
    public async Task Post_TextInDecomposedForm_IsStoredComposed()
    {
        var body = await factory.ValidBodyAsync("events");
        body["title"] = "Re\u0301union in Gene\u0300ve";

        var response = await editor.SendAsync(HttpMethod.Post, "/api/events", body);

        var row = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("R\u00e9union in Gen\u00e8ve", row.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostExtension_NoteWithAControlCharacter_Is400OnTheNote()
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, "deadlines");
        var extension = new JsonObject
        {
            ["newDueDate"] = "2031-06-01",
            ["timeZoneId"] = "America/New_York",
            ["decidedOn"] = "2031-02-01",
            ["note"] = "Moved\u0000again",
            ["sourceId"] = await factory.AnySourceIdAsync(),
        };

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/deadlines/{id}/extensions", extension, WriteApi.IfMatch(version));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Note contains a control character (U+0000) at position 6", problem.ErrorText("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateApiToken_NameWithABidiOverride_IsRefusedOnTheName()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            factory.GetService<ApiTokenService>().CreateAsync(TradeTrackerFactory.User("editor"), "laptop\u202Egpj.exe", Ct));

        Assert.Contains("a bidirectional override (U+202E) at position 7", Assert.Single(refused.Errors["Name"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAccount_EmailWithAControlCharacter_IsRefusedOnTheEmail()
    {
        var admin = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("admin", Roles.Editor, Roles.Admin));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            factory.GetService<AccountAdminService>().CreateAsync(admin,
                new NewAccountInput { Email = "new\u0000user@example.org", Invite = true, Roles = [Roles.Reader] }, Ct));

        Assert.Contains("Email contains a control character (U+0000) at position 4", Assert.Single(refused.Errors["Email"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CellsWithRefusedCharacters_AreErrorsOnTheirColumnsAndNothingIsSaved()
    {
        var id = CsvFiles.NewId("EV");
        var csv = "external_id,date,kind,title,location,summary,economies,source_publisher,source_url\n"
            + $"{id},2031-04-01,statement,\"Ctl\u0000char\",\"Line\rbreak\",\"Said \u202Esomething.\",USA,Example Wire,https://example.org/{id}";
        var eventsBefore = await factory.RowCountAsync("events");

        var report = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.False(report.Committed);
        var errors = Assert.Single(report.Rows).Errors;
        Assert.Contains("title: Title contains a control character (U+0000) at position 4; remove it.", errors);
        Assert.Contains("location: Location contains a line break (U+000D) at position 5; remove it.", errors);
        Assert.Contains("summary: Summary contains a bidirectional override (U+202E) at position 6; remove it.", errors);
        Assert.Equal(eventsBefore, await factory.RowCountAsync("events"));
    }

    [Fact]
    public async Task Import_NewSourceWithAControlCharacterInItsPublisher_IsAnErrorOnThePublisherColumn()
    {
        var id = CsvFiles.NewId("EV");
        var csv = "external_id,date,kind,title,summary,economies,source_publisher,source_url\n"
            + $"{id},2031-04-01,statement,Publisher test,Said something.,USA,\"Wire\u0007Service\",https://example.org/{id}";

        var report = await factory.PreviewAsync(ImportKind.Events, csv);

        Assert.Contains(Assert.Single(report.Rows).Errors,
            e => e.StartsWith("source_publisher: Publisher contains a control character (U+0007) at position 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ExtensionNoteWithABidiOverride_IsAnErrorOnTheNoteColumn()
    {
        var id = CsvFiles.NewId("DL");
        var csv = "external_id,due,time_zone,title,what_happens,extended_to,extension_decided_on,extension_note,source_url\n"
            + $"{id},2031-03-01,America/New_York,Note test,A tariff takes effect.,2031-04-01,2031-02-01,\"Moved \u202Eagain\",https://example.org/{id}";

        var report = await factory.PreviewAsync(ImportKind.Deadlines, csv);

        Assert.Contains("extension_note: Note contains a bidirectional override (U+202E) at position 7; remove it.", Assert.Single(report.Rows).Errors);
    }
}
