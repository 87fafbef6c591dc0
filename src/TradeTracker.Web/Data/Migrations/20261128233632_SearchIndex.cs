using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations
{
    /// <summary>One FTS5 table over events, measures, deadlines and sources (decision 0006), kept current by triggers.
    /// Archived rows are left out of it. The SQL is written out here rather than shared with the app, so this
    /// migration stays what it was when it ran.</summary>
    public partial class SearchIndex : Migration
    {
        /// <summary>An indexed kind: a row's id in the index is <c>Id * 4 + Code</c>, so the kind and id need no column
        /// of their own and a trigger finds the row's entry by rowid. <c>{0}</c> in Title and Body is the row
        /// (<c>new</c>, <c>old</c> or the table).</summary>
        private sealed record IndexedKind(int Code, string Table, string Title, string Body, string WatchedColumns);

        private static readonly IndexedKind[] Kinds =
        [
            new(0, "Events", "{0}.Title",
                "coalesce({0}.Location, '') || ' ' || {0}.Summary || ' ' || coalesce((SELECT group_concat(json_extract(p.value, '$.Name') || ', ' || json_extract(p.value, '$.Role'), '; ') FROM json_each({0}.Participants) AS p), '')",
                "Title, Location, Summary, Participants, ArchivedAt"),
            new(1, "Measures", "{0}.Name",
                "{0}.LegalBasis || ' ' || coalesce({0}.ProductDescription, '') || ' ' || coalesce({0}.Notes, '')",
                "Name, LegalBasis, ProductDescription, Notes, ArchivedAt"),
            new(2, "Deadlines", "{0}.Title",
                "{0}.WhatHappens || ' ' || coalesce({0}.Outcome, '')",
                "Title, WhatHappens, Outcome, ArchivedAt"),
            new(3, "Sources", "{0}.Title", "{0}.Publisher", "Title, Publisher, ArchivedAt"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE SearchIndex USING fts5(Title, Body, tokenize = 'porter unicode61 remove_diacritics 2');");
            foreach (var kind in Kinds)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {kind.Table}_SearchInsert AFTER INSERT ON {kind.Table} WHEN new.ArchivedAt IS NULL BEGIN
                        {Insert(kind, "new")} ;
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {kind.Table}_SearchUpdate AFTER UPDATE OF {kind.WatchedColumns} ON {kind.Table} BEGIN
                        DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + {kind.Code};
                        {Insert(kind, "new")} WHERE new.ArchivedAt IS NULL;
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {kind.Table}_SearchDelete AFTER DELETE ON {kind.Table} BEGIN
                        DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + {kind.Code};
                    END;
                    """);
                migrationBuilder.Sql($"{Insert(kind, kind.Table)} FROM {kind.Table} WHERE {kind.Table}.ArchivedAt IS NULL;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var kind in Kinds)
            {
                migrationBuilder.Sql($"DROP TRIGGER {kind.Table}_SearchInsert;");
                migrationBuilder.Sql($"DROP TRIGGER {kind.Table}_SearchUpdate;");
                migrationBuilder.Sql($"DROP TRIGGER {kind.Table}_SearchDelete;");
            }

            migrationBuilder.Sql("DROP TABLE SearchIndex;");
        }

        /// <summary>INSERT ... SELECT of one row of the kind, named <paramref name="row"/>; the caller adds FROM/WHERE.</summary>
        private static string Insert(IndexedKind kind, string row) =>
            $"INSERT INTO SearchIndex(rowid, Title, Body) SELECT {row}.Id * 4 + {kind.Code}, "
            + $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Title, row)}, "
            + $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Body, row)}";
    }
}
