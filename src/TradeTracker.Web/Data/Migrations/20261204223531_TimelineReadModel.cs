using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations
{
    /// <summary>The timeline read model's tables (TimelineEntries, TimelineEntryEconomies), and TimelineText: an FTS5 table
    /// whose rowid is the entry's key, so a text match is read newest first and stops after a page. It holds each entry's
    /// words only (contentless; rows deleted by rowid), with the search index's tokenizer and prefix indexes for 2 to 8
    /// letters (as SearchIndex's since SearchPrefixIndex: the text filter matches its last word as a prefix), kept from
    /// the entries by triggers: an event's text is its search index text, a rate step's its measure's. The SQL is written
    /// out here rather than shared with the app, so this migration stays what it was when it ran.</summary>
    public partial class TimelineReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TimelineEntries",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    StepId = table.Column<int>(type: "INTEGER", nullable: true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RatePercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    NeverApplied = table.Column<bool>(type: "INTEGER", nullable: false),
                    ImposerCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    TargetCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
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
                    EconomyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Key = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE TimelineText USING fts5(Title, Body, content = '', contentless_delete = 1, "
                + "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8');");
            migrationBuilder.Sql("""
                CREATE TRIGGER TimelineEntries_TextInsert AFTER INSERT ON TimelineEntries BEGIN
                    INSERT INTO TimelineText(rowid, Title, Body)
                    SELECT new.Key, e.Title,
                           coalesce(e.Location, '') || ' ' || e.Summary || ' ' || coalesce((SELECT group_concat(json_extract(p.value, '$.Name') || ', ' || json_extract(p.value, '$.Role'), '; ') FROM json_each(e.Participants) AS p), '')
                    FROM Events e WHERE e.Id = new.EventId
                    UNION ALL
                    SELECT new.Key, m.Name, m.LegalBasis || ' ' || coalesce(m.ProductDescription, '') || ' ' || coalesce(m.Notes, '')
                    FROM Measures m WHERE m.Id = new.MeasureId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER TimelineEntries_TextDelete AFTER DELETE ON TimelineEntries BEGIN
                    DELETE FROM TimelineText WHERE rowid = old.Key;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER TimelineEntries_TextInsert;");
            migrationBuilder.Sql("DROP TRIGGER TimelineEntries_TextDelete;");
            migrationBuilder.Sql("DROP TABLE TimelineText;");

            migrationBuilder.DropTable(
                name: "TimelineEntryEconomies");

            migrationBuilder.DropTable(
                name: "TimelineEntries");
        }
    }
}
