using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations.Postgres
{
    /// <summary>The timeline read model's tables (TimelineEntries, TimelineEntryEconomies), and TimelineText: each entry's
    /// words as a <c>tsvector</c> (the search index's <c>search_index</c> configuration) under a GIN index, keyed by the
    /// entry's key, kept from the entries by a statement trigger (an event's text is its search index text, a rate step's
    /// its measure's) and deleted with them. GIN answers "which keys match" as a bitmap, not in key order: a text page
    /// reads every match (the planner may instead walk the key index backwards and test each row, which stops early for
    /// common words). The SQL is written out here rather than shared with the app, so this migration stays what it was
    /// when it ran.</summary>
    public partial class TimelineReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TimelineEntries",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<int>(type: "integer", nullable: true),
                    StepId = table.Column<int>(type: "integer", nullable: true),
                    MeasureId = table.Column<int>(type: "integer", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RatePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    NeverApplied = table.Column<bool>(type: "boolean", nullable: false),
                    ImposerCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    TargetCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Confidence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEntries", x => x.Key);
                    table.ForeignKey(
                        name: "FK_TimelineEntries_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TimelineEntries_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TimelineEntries_RateSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "RateSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimelineEntryEconomies",
                columns: table => new
                {
                    EconomyCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Key = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEntryEconomies", x => new { x.EconomyCode, x.Key });
                    table.ForeignKey(
                        name: "FK_TimelineEntryEconomies_TimelineEntries_Key",
                        column: x => x.Key,
                        principalTable: "TimelineEntries",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_EventId",
                table: "TimelineEntries",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_Key_Ended",
                table: "TimelineEntries",
                column: "Key",
                filter: "\"EndDate\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_Kind_Key",
                table: "TimelineEntries",
                columns: new[] { "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_MeasureId",
                table: "TimelineEntries",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_StepId",
                table: "TimelineEntries",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntryEconomies_Key",
                table: "TimelineEntryEconomies",
                column: "Key");

            migrationBuilder.Sql("""
                CREATE TABLE "TimelineText" (
                    "Key" bigint NOT NULL CONSTRAINT "PK_TimelineText" PRIMARY KEY
                        CONSTRAINT "FK_TimelineText_TimelineEntries_Key" REFERENCES "TimelineEntries" ("Key") ON DELETE CASCADE,
                    "Vector" tsvector NOT NULL);
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_TimelineText_Vector" ON "TimelineText" USING gin ("Vector");""");
            migrationBuilder.Sql("""
                CREATE FUNCTION "TimelineEntries_TextInsert"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "TimelineText" ("Key", "Vector")
                    SELECT n."Key", to_tsvector('search_index', search_index_text(t.title || ' ' || t.body))
                    FROM new_rows AS n CROSS JOIN LATERAL (
                        SELECT e."Title" AS title,
                               coalesce(e."Location", '') || ' ' || e."Summary" || ' ' || coalesce((SELECT string_agg((p ->> 'Name') || ', ' || (p ->> 'Role'), '; ') FROM jsonb_array_elements(e."Participants") AS p), '') AS body
                        FROM "Events" e WHERE e."Id" = n."EventId"
                        UNION ALL
                        SELECT m."Name", m."LegalBasis" || ' ' || coalesce(m."ProductDescription", '') || ' ' || coalesce(m."Notes", '')
                        FROM "Measures" m WHERE m."Id" = n."MeasureId") AS t;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TimelineEntries_TextInsert" AFTER INSERT ON "TimelineEntries"
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "TimelineEntries_TextInsert"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TimelineEntries_TextInsert" ON "TimelineEntries";""");
            migrationBuilder.Sql("""DROP FUNCTION "TimelineEntries_TextInsert"();""");
            migrationBuilder.Sql("""DROP TABLE "TimelineText";""");

            migrationBuilder.DropTable(
                name: "TimelineEntryEconomies");

            migrationBuilder.DropTable(
                name: "TimelineEntries");
        }
    }
}
