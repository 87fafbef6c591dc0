using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations.Postgres
{
    /// <summary>PostgreSQL's search index, the counterpart of SQLite's FTS5 <c>SearchIndex</c> (decision 0006): one table
    /// over events, measures, deadlines and sources, keyed <c>Id * 4 + kind</c>, kept current by statement triggers in
    /// the same transaction as the write, archived rows left out, with <c>tsvector</c> columns under GIN indexes. Words
    /// are read as FTS5's <c>porter unicode61 remove_diacritics 2</c> reads them as far as PostgreSQL can: the
    /// <c>search_index</c> configuration folds case and accents (<c>unaccent</c>) and stems English endings (Snowball,
    /// no stop words, so "the" is a word as in FTS5). The SQL is written out here rather than shared with the app, so
    /// this migration stays what it was when it ran.</summary>
    public partial class SearchIndex : Migration
    {
        /// <summary>An indexed kind: a row's key in the index is <c>Id * 4 + Code</c>. <c>{0}</c> in Title and Body is the
        /// row (a transition table's alias, or the table).</summary>
        private sealed record IndexedKind(int Code, string Table, string Title, string Body);

        private static readonly IndexedKind[] Kinds =
        [
            new(0, "Events", "{0}.\"Title\"",
                "coalesce({0}.\"Location\", '') || ' ' || {0}.\"Summary\" || ' ' || coalesce((SELECT string_agg((p ->> 'Name') || ', ' || (p ->> 'Role'), '; ') FROM jsonb_array_elements({0}.\"Participants\") AS p), '')"),
            new(1, "Measures", "{0}.\"Name\"",
                "{0}.\"LegalBasis\" || ' ' || coalesce({0}.\"ProductDescription\", '') || ' ' || coalesce({0}.\"Notes\", '')"),
            new(2, "Deadlines", "{0}.\"Title\"", "{0}.\"WhatHappens\" || ' ' || coalesce({0}.\"Outcome\", '')"),
            new(3, "Sources", "{0}.\"Title\"", "{0}.\"Publisher\""),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unaccent ships with Debian's postgresql-15 (contrib is part of it) and is a trusted extension: the database's
            // owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE TEXT SEARCH DICTIONARY search_index_stem (TEMPLATE = snowball, LANGUAGE = english);");
            migrationBuilder.Sql("CREATE TEXT SEARCH CONFIGURATION search_index (COPY = simple);");
            migrationBuilder.Sql("""
                ALTER TEXT SEARCH CONFIGURATION search_index
                    ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part WITH unaccent, search_index_stem;
                """);
            // PostgreSQL's parser takes "<...>" for a markup tag and skips it (and a <script> element's content) in both
            // the index and ts_headline; FTS5 reads it as words. '<' becomes U+E002, a separator to the parser, which the
            // search query turns back into '<' after ts_headline.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_index_text(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS $$ SELECT replace($1, '<', U&'\E002') $$;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndex" (
                    "Key" bigint NOT NULL CONSTRAINT "PK_SearchIndex" PRIMARY KEY,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "TitleVector" tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('search_index', search_index_text("Title"))) STORED,
                    "Vector" tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('search_index', search_index_text("Title" || ' ' || "Body"))) STORED);
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchIndex_TitleVector" ON "SearchIndex" USING gin ("TitleVector");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchIndex_Vector" ON "SearchIndex" USING gin ("Vector");""");
            foreach (var kind in Kinds)
            {
                // Transition tables take a whole statement's rows at once (a bulk load is one INSERT ... SELECT into the
                // index), and a trigger with them has one event, so insert and update share the function.
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{kind.Table}_SearchWrite"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        DELETE FROM "SearchIndex" AS s USING new_rows AS n
                        WHERE s."Key" = n."Id"::bigint * 4 + {kind.Code} AND n."ArchivedAt" IS NOT NULL;
                        {InsertSelect(kind, "n")} FROM new_rows AS n WHERE n."ArchivedAt" IS NULL
                        ON CONFLICT ("Key") DO UPDATE SET "Title" = excluded."Title", "Body" = excluded."Body"
                        WHERE ("SearchIndex"."Title", "SearchIndex"."Body") IS DISTINCT FROM (excluded."Title", excluded."Body");
                        RETURN NULL;
                    END $$;
                    """);
                migrationBuilder.Sql($"""
                    CREATE FUNCTION "{kind.Table}_SearchDelete"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        DELETE FROM "SearchIndex" AS s USING old_rows AS o WHERE s."Key" = o."Id"::bigint * 4 + {kind.Code};
                        RETURN NULL;
                    END $$;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{kind.Table}_SearchInsert" AFTER INSERT ON "{kind.Table}"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "{kind.Table}_SearchWrite"();
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{kind.Table}_SearchUpdate" AFTER UPDATE ON "{kind.Table}"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "{kind.Table}_SearchWrite"();
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{kind.Table}_SearchDelete" AFTER DELETE ON "{kind.Table}"
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "{kind.Table}_SearchDelete"();
                    """);
                migrationBuilder.Sql($"""{InsertSelect(kind, "t")} FROM "{kind.Table}" AS t WHERE t."ArchivedAt" IS NULL;""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var kind in Kinds)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{kind.Table}_SearchInsert" ON "{kind.Table}";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{kind.Table}_SearchUpdate" ON "{kind.Table}";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{kind.Table}_SearchDelete" ON "{kind.Table}";""");
                migrationBuilder.Sql($"""DROP FUNCTION "{kind.Table}_SearchWrite"();""");
                migrationBuilder.Sql($"""DROP FUNCTION "{kind.Table}_SearchDelete"();""");
            }

            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.Sql("DROP FUNCTION search_index_text(text);");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION search_index;");
            migrationBuilder.Sql("DROP TEXT SEARCH DICTIONARY search_index_stem;");
            // unaccent stays: another part of the database may have come to use it.
        }

        /// <summary>INSERT ... SELECT of the kind's rows, named <paramref name="row"/>; the caller adds FROM/WHERE.</summary>
        private static string InsertSelect(IndexedKind kind, string row) =>
            $"INSERT INTO \"SearchIndex\" (\"Key\", \"Title\", \"Body\") SELECT {row}.\"Id\"::bigint * 4 + {kind.Code}, "
            + $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Title, row)}, "
            + $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Body, row)}";
    }
}
