using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TruthToToday : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "SeedRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalBasis",
                table: "RateSteps",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvalidatedBy",
                table: "Measures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InvalidatedByEventId",
                table: "Measures",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InvalidatedOn",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvalidationNote",
                table: "Measures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProductLists",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnnouncedAt",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OutcomeDecidedOn",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProductLines",
                columns: table => new
                {
                    ListKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Digits = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductLines", x => new { x.ListKey, x.Digits });
                });

            migrationBuilder.CreateTable(
                name: "ReferenceUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    EntityKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Proposed = table.Column<string>(type: "TEXT", nullable: false),
                    Current = table.Column<string>(type: "TEXT", nullable: false),
                    FoundAt = table.Column<string>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceUpdates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProductLines_Digits",
                table: "ProductLines",
                column: "Digits");

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceUpdates_Key_ContentHash",
                table: "ReferenceUpdates",
                columns: new[] { "Key", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceUpdates_ResolvedAt",
                table: "ReferenceUpdates",
                column: "ResolvedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProductLines");

            migrationBuilder.DropTable(
                name: "ReferenceUpdates");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "SeedRecords");

            migrationBuilder.DropColumn(
                name: "LegalBasis",
                table: "RateSteps");

            migrationBuilder.DropColumn(
                name: "InvalidatedBy",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "InvalidatedByEventId",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "InvalidatedOn",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "InvalidationNote",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ProductLists",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "AnnouncedAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "OutcomeDecidedOn",
                table: "Deadlines");
        }
    }
}
