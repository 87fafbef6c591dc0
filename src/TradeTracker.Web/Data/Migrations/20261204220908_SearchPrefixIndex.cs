using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations
{
    /// <summary>The FTS5 search index again with a prefix index for words' first 2 to 8 letters, so a partly typed word is
    /// read as cheaply as a whole one (without it FTS5 merges every matching word's rows in full for each statement and
    /// each row it highlights). FTS5 cannot add a prefix index to a table, so the rows are copied aside, the table made
    /// anew under the same name and filled again; the triggers the SearchIndex migration made name the table and go on
    /// keeping it current (they are left alone: renaming a new table into place would make SQLite check them while the
    /// old one is gone). The SQL is written out here rather than shared with the app, so this migration stays what it
    /// was when it ran.</summary>
    public partial class SearchPrefixIndex : Migration
    {
        private const string Tokenizer = "tokenize = 'porter unicode61 remove_diacritics 2'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, $"{Tokenizer}, prefix = '2 3 4 5 6 7 8'");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Tokenizer);

        private static void Recreate(MigrationBuilder migrationBuilder, string options)
        {
            migrationBuilder.Sql("CREATE TEMP TABLE SearchIndexRows AS SELECT rowid AS Id, Title, Body FROM SearchIndex;");
            migrationBuilder.Sql("DROP TABLE SearchIndex;");
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE SearchIndex USING fts5(Title, Body, {options});");
            migrationBuilder.Sql("INSERT INTO SearchIndex(rowid, Title, Body) SELECT Id, Title, Body FROM temp.SearchIndexRows ORDER BY Id;");
            migrationBuilder.Sql("DROP TABLE temp.SearchIndexRows;");
        }
    }
}
