using System.Net;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>Full-text search over the index each store's SearchIndex migration creates and its triggers keep current
/// (FTS5 on SQLite, tsvector on PostgreSQL): the same answers on both.</summary>
public sealed class SearchTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SearchService Search => factory.GetService<SearchService>();

    private EventEditor Events => factory.GetService<EventEditor>();

    private static System.Security.Claims.ClaimsPrincipal Editor => TradeTrackerFactory.User("editor");

    /// <summary>A made-up word only one test uses, so tests sharing the database never see each other's rows.</summary>
    private static string UniqueWord() => "zq" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(10).ToArray()) + "x";

    private Task<SearchResult> SearchAsync(string text, string? kind = null, string? asOf = null) =>
        Search.SearchAsync(Search.Parse(text, kind, asOf: asOf), Ct);

    private async Task<TradeEvent> CreateEventAsync(string title, string summary, DateOnly? startsOn = null) =>
        await Events.CreateAsync(Editor, new EventInput
        {
            StartsOn = startsOn ?? new DateOnly(2025, 6, 1),
            Kind = EventKind.Statement,
            Title = title,
            Summary = summary,
            EconomyCodes = ["USA"],
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

    [Fact]
    public async Task Search_WordInOneTitleAndAnotherSummary_RanksTheTitleMatchFirst()
    {
        var word = UniqueWord();
        var inSummary = await CreateEventAsync("Statement on trade", $"Officials said {word} twice: {word}.");
        var inTitle = await CreateEventAsync($"The {word} statement", "Officials spoke.");

        var result = await SearchAsync(word);

        Assert.Equal([inTitle.Id, inSummary.Id], result.Hits.Select(h => h.Id));
        Assert.Equal(2, result.TotalCount);
    }

    [Fact]
    public async Task Search_Geneva_MarksTheWordInTitleAndSnippetAndLinksToTheDay()
    {
        var result = await SearchAsync("geneva", kind: "event");

        var talks = result.Hits.Single(h => h.Title == "Geneva talks");
        Assert.Equal("<mark>Geneva</mark> talks", talks.TitleHtml);
        Assert.Contains("<mark>Geneva</mark>", talks.SnippetHtml);
        Assert.Equal(new DateOnly(2025, 5, 10), talks.Date);
        Assert.Equal($"/timeline?from=2025-05-10&to=2025-05-10#event-{talks.Id}", talks.Link);
        Assert.All(result.Hits, h => Assert.Equal(SearchKind.Event, h.Kind));
    }

    [Fact]
    public async Task Search_StartOfAWord_FindsTheWholeWord()
    {
        var result = await SearchAsync("Genev");

        Assert.Contains(result.Hits, h => h.Title == "Geneva talks");
    }

    [Fact]
    public async Task Search_MeasureName_LinksToThePairsTariffs()
    {
        var result = await SearchAsync("fentanyl", kind: "measure");

        var fentanyl = result.Hits.First(h => h.Title == "IEEPA fentanyl tariff");
        Assert.Equal("/tariffs/USA/CHN", fentanyl.Link);
        Assert.Equal("IEEPA <mark>fentanyl</mark> tariff", fentanyl.TitleHtml);
    }

    [Fact]
    public async Task Search_HtmlInStoredText_IsEncodedAndOnlyTheMarksAreMarkup()
    {
        var word = UniqueWord();
        await CreateEventAsync($"<script>alert('{word}')</script>", $"<img src=x onerror=alert(1)> {word} & more");

        var hit = Assert.Single((await SearchAsync(word)).Hits);

        Assert.Equal($"&lt;script&gt;alert(&#39;<mark>{word}</mark>&#39;)&lt;/script&gt;", hit.TitleHtml);
        Assert.DoesNotContain("<img", hit.SnippetHtml);
        Assert.Contains($"&lt;img src=x onerror=alert(1)&gt; <mark>{word}</mark> &amp; more", hit.SnippetHtml);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("NEAR(")]
    [InlineData("-x")]
    [InlineData("tariff\"")]
    [InlineData("\"unclosed phrase")]
    [InlineData("title:geneva")]
    [InlineData("OR NOT ( ) ^ + {a b}")]
    [InlineData("geneva*")]
    [InlineData("&")]
    [InlineData("| !")]
    [InlineData("!geneva")]
    [InlineData("geneva & | ! ( ) : * ' \\ <-> talks")]
    [InlineData("'")]
    [InlineData("geneva'")]
    [InlineData("\\")]
    [InlineData("geneva\\")]
    [InlineData("a <-> b <2> c")]
    [InlineData("geneva:A")]
    [InlineData("gen:*")]
    [InlineData("(geneva | talks) & !trade")]
    public async Task Search_TextWithQuerySyntax_IsTakenAsWordsAndNeverFails(string text)
    {
        var result = await SearchAsync(text);

        Assert.True(result.Hits.Count <= SearchService.DefaultLimit);
        var response = await factory.CreateClientAs(null).GetAsync($"/api/search?q={Uri.EscapeDataString(text)}", Ct);
        await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("!{0}")]
    [InlineData("({0})")]
    [InlineData("'{0}'")]
    [InlineData("{0}:*")]
    [InlineData("{0}\\")]
    [InlineData("| {0} &")]
    [InlineData("{0}:A")]
    public async Task Search_WordWithQuerySyntaxAroundIt_FindsTheRowAsIfOnlyTheWordWereTyped(string pattern)
    {
        // "!word" would exclude the row and "word:A" look in titles only, were they syntax; "word:A" is the phrase
        // "word a" here, as "title:geneva" is "title geneva", and the row says "word a".
        var word = UniqueWord();
        var created = await CreateEventAsync($"{word} a statement", "Officials spoke.");

        var result = await SearchAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, word));

        Assert.Equal(created.Id, Assert.Single(result.Hits).Id);
    }

    [Fact]
    public async Task Search_LastWordPartlyTyped_MatchesAsAPrefixButEarlierWordsOnlyWhole()
    {
        var word = UniqueWord();
        var created = await CreateEventAsync($"{word} quarterly review", "Officials spoke.");

        var partLast = await SearchAsync($"quarterly {word[..^3]}");
        var partFirst = await SearchAsync($"{word[..^3]} quarterly");
        var partOfTheOther = await SearchAsync($"{word} quart");

        Assert.Equal(created.Id, Assert.Single(partLast.Hits).Id);
        Assert.Empty(partFirst.Hits);
        Assert.Equal("<mark>" + word + "</mark> <mark>quarterly</mark> review", Assert.Single(partOfTheOther.Hits).TitleHtml);
    }

    [Fact]
    public async Task Search_LastWordPartlyTyped_FindsItsWholeWordsFromTwoLettersOnButNotInsideAPhrase()
    {
        var word = UniqueWord();
        var chips = await CreateEventAsync($"{word} semiconductors", "Officials spoke.");
        var farm = await CreateEventAsync($"{word} soybeans", "Officials spoke.");

        Assert.Equal(chips.Id, Assert.Single((await SearchAsync($"{word} semicond")).Hits).Id);
        Assert.Equal(chips.Id, Assert.Single((await SearchAsync($"{word} semiconduc")).Hits).Id);
        Assert.Equal(farm.Id, Assert.Single((await SearchAsync($"{word} so")).Hits).Id);
        Assert.Equal([farm.Id, chips.Id], (await SearchAsync($"{word} s")).Hits.Select(h => h.Id));
        Assert.Equal("<mark>" + word + "</mark> <mark>semiconductors</mark>", Assert.Single((await SearchAsync($"{word} semic")).Hits).TitleHtml);
        Assert.Empty((await SearchAsync($"\"{word} semicond\"")).Hits);
    }

    [Fact]
    public async Task Search_LastWordPartlyTypedAndWholeWordsFillAPage_FindsTheLongerWordsToo()
    {
        // Twenty rows hold "port" itself, the newest one "Portugal": the start of a word finds both, as people type it.
        var word = UniqueWord();
        for (var day = 1; day <= SearchService.DefaultLimit; day++)
        {
            await CreateEventAsync($"{word} port call", "Officials spoke.", new DateOnly(2025, 5, day));
        }

        var portugal = await CreateEventAsync($"{word} Portugal", "Officials spoke.", new DateOnly(2025, 5, 30));

        var result = await SearchAsync($"{word} port");

        Assert.Equal(portugal.Id, result.Hits[0].Id);
        Assert.Equal(SearchService.DefaultLimit + 1, result.TotalCount);
    }

    [Fact]
    public async Task Search_PartOfAWordAfterCreateRenameArchiveAndRestore_FindsWhatIsThereNow()
    {
        var word = UniqueWord();
        var created = await CreateEventAsync($"{word} semiconductors", "Officials spoke.", new DateOnly(2025, 7, 1));
        var input = Events.ToInput(created);
        input.Title = $"{word} tariffs";

        var afterCreate = await SearchAsync($"{word} semic");
        var asOfBefore = await SearchAsync($"{word} semic", asOf: "2025-06-09");
        var renamed = await Events.UpdateAsync(Editor, created.Id, created.Version, input, Ct);
        var oldAfterRename = await SearchAsync($"{word} semic");
        var newAfterRename = await SearchAsync($"{word} tari");
        await Events.DeleteAsync(Editor, created.Id, renamed.Version, Ct);
        var whileArchived = await SearchAsync($"{word} tari");
        await Events.RestoreAsync(Editor, created.Id, Ct);
        var restored = await SearchAsync($"{word} tari");

        Assert.Equal(created.Id, Assert.Single(afterCreate.Hits).Id);
        Assert.Empty(asOfBefore.Hits);
        Assert.Empty(oldAfterRename.Hits);
        Assert.Equal(created.Id, Assert.Single(newAfterRename.Hits).Id);
        Assert.Empty(whileArchived.Hits);
        Assert.Equal(created.Id, Assert.Single(restored.Hits).Id);
    }

    [Fact]
    public async Task Search_OtherCaseNoAccentsOrAnotherEnding_FindsTheStoredWords()
    {
        var word = UniqueWord();
        var created = await CreateEventAsync($"{word} negotiations in São Paulo", "Officials spoke.");

        var result = await SearchAsync($"SAO paulo {word.ToUpperInvariant()} negotiation");

        var hit = Assert.Single(result.Hits);
        Assert.Equal(created.Id, hit.Id);
        Assert.Equal($"<mark>{word}</mark> <mark>negotiations</mark> in <mark>São</mark> <mark>Paulo</mark>", WebUtility.HtmlDecode(hit.TitleHtml));
    }

    [Fact]
    public async Task Search_ShortCommonWords_AreWordsToo()
    {
        // No stop words: "the" must be in the row, as in FTS5.
        var word = UniqueWord();
        var withThe = await CreateEventAsync($"{word} and the rest", "Officials spoke.");
        await CreateEventAsync($"{word} rest", "Officials spoke.");

        var result = await SearchAsync($"the {word}");

        Assert.Equal(withThe.Id, Assert.Single(result.Hits).Id);
    }

    [Fact]
    public async Task Search_WordsInTitleAndSummary_MarksEachWhereItIs()
    {
        var titleWord = UniqueWord();
        var summaryWord = UniqueWord();
        await CreateEventAsync($"{titleWord} statement", $"Officials spoke about {summaryWord} at length.");

        var hit = Assert.Single((await SearchAsync($"{titleWord} {summaryWord}")).Hits);

        Assert.Equal($"<mark>{titleWord}</mark> statement", hit.TitleHtml);
        Assert.Equal($"Officials spoke about <mark>{summaryWord}</mark> at length.", hit.SnippetHtml.Trim());
    }

    [Fact]
    public async Task Search_LongSummary_SnippetIsAPassageAroundTheWordCutWithEllipses()
    {
        var word = UniqueWord();
        var filler = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"filler{i}"));
        await CreateEventAsync($"Statement {word}", $"{filler} {word} {filler}");

        var hit = Assert.Single((await SearchAsync(word)).Hits);

        Assert.StartsWith("…", hit.SnippetHtml);
        Assert.EndsWith("…", hit.SnippetHtml);
        Assert.Contains($" <mark>{word}</mark> ", hit.SnippetHtml);
        Assert.InRange(hit.SnippetHtml.Split(' ').Length, 12, 30);
    }

    [Fact]
    public async Task Search_TagsAndEntitiesInStoredText_AreWordsShownAsText()
    {
        // PostgreSQL's parser would take "<b>" for markup, skip it and a <script>'s content, and drop tags from highlights.
        var word = UniqueWord();
        await CreateEventAsync($"Statement on AT&amp;T", $"<b>{word}</b> said <script>{word}</script> <i>bold</i>");

        var hit = Assert.Single((await SearchAsync(word)).Hits);

        Assert.Equal("Statement on AT&amp;amp;T", hit.TitleHtml);
        Assert.Contains($"&lt;b&gt;<mark>{word}</mark>&lt;/b&gt; said &lt;script&gt;<mark>{word}</mark>&lt;/script&gt; &lt;i&gt;bold&lt;/i&gt;", hit.SnippetHtml);
    }

    [Fact]
    public async Task Search_EditInsideATransaction_IsInTheIndexBeforeCommitAndGoneOnRollback()
    {
        var oldWord = UniqueWord();
        var newWord = UniqueWord();
        var created = await CreateEventAsync($"Before {oldWord}", "Edited next.");

        await using (var db = factory.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await db.Database.ExecuteSqlAsync($"UPDATE \"Events\" SET \"Title\" = {"After " + newWord} WHERE \"Id\" = {created.Id}", Ct);

            Assert.Equal([created.Id], await FullTextIndex.MatchingIds(db, TypedQuery.Parse(newWord)!, SearchKind.Event).ToListAsync(Ct));
            Assert.Empty(await FullTextIndex.MatchingIds(db, TypedQuery.Parse(oldWord)!, SearchKind.Event).ToListAsync(Ct));
            await transaction.RollbackAsync(Ct);
        }

        Assert.Empty((await SearchAsync(newWord)).Hits);
        Assert.Equal(created.Id, Assert.Single((await SearchAsync(oldWord)).Hits).Id);
    }

    [Fact]
    public async Task Search_ArchivedMeasure_IsNeitherFoundNorCounted()
    {
        var word = UniqueWord();
        var measure = await factory.CreateAllGoodsMeasureAsync($"Measure {word}");
        var before = await SearchAsync(word, kind: "measure");

        await factory.GetService<MeasureEditor>().DeleteAsync(Editor, measure.Id, measure.Version, Ct);
        var archived = await SearchAsync(word, kind: "measure");

        Assert.Equal(measure.Id, Assert.Single(before.Hits).Id);
        Assert.Empty(archived.Hits);
        Assert.Empty(archived.Counts);
    }

    [Fact]
    public async Task Search_QuotedPhrase_FindsOnlyTheWordsTogether()
    {
        var word = UniqueWord();
        var together = await CreateEventAsync($"{word} soybean purchases", "Together.");
        await CreateEventAsync($"{word} purchases of soybean oil", "Apart.");

        var phrase = await SearchAsync($"\"{word} soybean\"");
        var words = await SearchAsync($"{word} soybean");

        Assert.Equal(together.Id, Assert.Single(phrase.Hits).Id);
        Assert.Equal(2, words.TotalCount);
    }

    [Fact]
    public async Task Search_ArchivedEvent_IsNotFoundUntilRestored()
    {
        var word = UniqueWord();
        var created = await CreateEventAsync($"Archived {word}", "To be archived.");

        await Events.DeleteAsync(Editor, created.Id, created.Version, Ct);
        var whileArchived = await SearchAsync(word);
        await Events.RestoreAsync(Editor, created.Id, Ct);
        var restored = await SearchAsync(word);

        Assert.Empty(whileArchived.Hits);
        Assert.Equal(0, whileArchived.TotalCount);
        Assert.Equal(created.Id, Assert.Single(restored.Hits).Id);
    }

    [Fact]
    public async Task Search_AfterAnEdit_FindsTheNewWordsAndNotTheOld()
    {
        var oldWord = UniqueWord();
        var newWord = UniqueWord();
        var created = await CreateEventAsync($"Before {oldWord}", "Edited next.");
        var input = Events.ToInput(created);
        input.Title = $"After {newWord}";

        await Events.UpdateAsync(Editor, created.Id, created.Version, input, Ct);

        Assert.Empty((await SearchAsync(oldWord)).Hits);
        Assert.Equal("After " + newWord, Assert.Single((await SearchAsync(newWord)).Hits).Title);
    }

    [Fact]
    public async Task Search_PurgedSource_IsGoneFromTheIndex()
    {
        var word = UniqueWord();
        var sources = factory.GetService<SourceEditor>();
        var source = await sources.CreateAsync(Editor, new SourceInput { Publisher = "Wire", Title = $"Report {word}", Url = $"https://example.org/{word}" }, Ct);
        Assert.Equal($"https://example.org/{word}", Assert.Single((await SearchAsync(word)).Hits).Link);

        await sources.DeleteAsync(Editor, source.Id, source.Version, Ct);
        await sources.PurgeAsync(TradeTrackerFactory.User("admin"), source.Id, Ct);

        Assert.Empty((await SearchAsync(word)).Hits);
    }

    [Fact]
    public async Task Search_AsOfBeforeAnEvent_HidesItAndKeepsTheAsOfInLinks()
    {
        var word = UniqueWord();
        var past = await CreateEventAsync($"Past {word}", "Before.", new DateOnly(2025, 6, 1));
        await CreateEventAsync($"Future {word}", "After.", new DateOnly(2025, 7, 1));

        var asOf = await SearchAsync(word, asOf: "2025-06-09");
        var now = await SearchAsync(word);

        var hit = Assert.Single(asOf.Hits);
        Assert.Equal(past.Id, hit.Id);
        Assert.Equal(1, asOf.TotalCount);
        Assert.Equal($"/timeline?from=2025-06-01&to=2025-06-01&asOf=2025-06-09#event-{past.Id}", hit.Link);
        Assert.Equal(2, now.TotalCount);
    }

    [Fact]
    public async Task Search_WordInMoreRowsThanTheCap_SaysMoreThanAndRanksTheNewestMatches()
    {
        // Straight into the table, as a bulk load would: the index triggers take them in.
        var word = UniqueWord();
        var rows = SearchService.CountCap + 50;
        var summary = $"Said {word} again.";
        // Only the new version token is written differently on each store.
        var insert = $$"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {{rows}})
            INSERT INTO "Events" ("StartsOn", "Kind", "Title", "Summary", "Confidence", "CreatedBy", "CreatedAt", "UpdatedBy", "UpdatedAt", "Version", "Participants")
            SELECT '2025-06-01', 'Statement', 'Bulk statement ' || i, {0}, 'Confirmed',
                   'test', '2026-01-01T00:00:00.0000000Z', 'test', '2026-01-01T00:00:00.0000000Z',
                   {{(TestStore.OnPostgres ? "gen_random_uuid()" : "lower(hex(randomblob(16)))")}}, '[]'
            FROM n
            """;
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(insert, [summary], Ct);
        }

        var inTitle = await CreateEventAsync($"The {word} statement", "Officials spoke.");

        var result = await SearchAsync(word);

        Assert.True(result.Capped);
        Assert.Equal(SearchService.CountCap, result.TotalCount);
        Assert.Equal(inTitle.Id, result.Hits[0].Id);
        Assert.Equal(SearchService.DefaultLimit, result.Hits.Count);
        var api = await (await factory.CreateClientAs(null).GetAsync($"/api/search?q={word}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(api.GetProperty("capped").GetBoolean());
        var page = await factory.CreateClientAs(null).GetPageAsync($"/search?q={word}");
        Assert.Contains("More than 1,000 results", page);
    }

    [Fact]
    public async Task GetSearch_Word_AnswersRankedHitsWithCounts()
    {
        var search = await (await factory.CreateClientAs(null).GetAsync("/api/search?q=geneva&kind=event&limit=2", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("event", search.GetProperty("kind").GetString());
        Assert.Equal(2, search.GetProperty("hits").GetArrayLength());
        Assert.True(search.GetProperty("totalCount").GetInt32() >= 2);
        Assert.Contains("<mark>", search.GetProperty("hits")[0].GetProperty("titleHtml").GetString());
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=geneva&kind=treaty", "kind")]
    [InlineData("q=geneva&limit=0", "limit")]
    [InlineData("q=geneva&limit=101", "limit")]
    [InlineData("q=geneva&limit=ten", "limit")]
    [InlineData("q=geneva&asOf=yesterday", "asOf")]
    public async Task GetSearch_BadParameter_Is400NamingTheField(string query, string field)
    {
        var problem = await (await factory.CreateClientAs(null).GetAsync($"/api/search?{query}", Ct)).ReadJsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task SearchPage_Word_ShowsCountAndHighlightedResults()
    {
        var html = await factory.CreateClientAs(null).GetPageAsync("/search?q=geneva");

        Assert.Contains("data-testid=\"search-count\"", html);
        Assert.Contains("<mark>Geneva</mark> talks", html);
    }

    [Fact]
    public async Task SearchPage_NothingMatches_SaysSo()
    {
        var html = await factory.CreateClientAs(null).GetPageAsync($"/search?q={UniqueWord()}");

        Assert.Contains("No results for", html);
        Assert.Contains("data-testid=\"search-none\"", html);
    }

    [Fact]
    public async Task SearchPage_NoText_AsksForWordsWithoutSearching()
    {
        var html = await factory.CreateClientAs(null).GetPageAsync("/search?q=%20");

        Assert.Contains("data-testid=\"search-prompt\"", html);
        Assert.DoesNotContain("data-testid=\"search-count\"", html);
    }

    [Fact]
    public async Task Timeline_TextFilter_FindsRateChangesThroughTheirMeasureAndPunctuationFindsNothing()
    {
        var timeline = factory.GetService<TimelineService>();

        var fentanyl = await timeline.QueryAsync(new TimelineFilter(Text: "fentanyl"), ct: Ct);
        var punctuation = await timeline.QueryAsync(new TimelineFilter(Text: "*"), ct: Ct);

        Assert.Contains(fentanyl.Entries, e => e.Type == TimelineEntryType.RateChange && e.Title.StartsWith("IEEPA fentanyl tariff", StringComparison.Ordinal));
        Assert.Equal(0, punctuation.TotalCount);
    }
}
