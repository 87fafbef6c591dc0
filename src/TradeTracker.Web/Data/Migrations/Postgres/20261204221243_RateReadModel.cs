using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RateReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RateLayerMeasures",
                columns: table => new
                {
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    ImposerCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    TargetKey = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ExemptedEconomyCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Coverage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Combination = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Confidence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProductDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HsPrefixes = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProductLists = table.Column<List<string>>(type: "text[]", nullable: false),
                    InvalidatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvalidatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InvalidatedByEventId = table.Column<int>(type: "integer", nullable: true),
                    InvalidationNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AffectedMeasureIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    SourcesJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateLayerMeasures", x => x.MeasureId);
                });

            migrationBuilder.CreateTable(
                name: "RateLayerSpans",
                columns: table => new
                {
                    StepId = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    ImposerCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    TargetKey = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TimelineDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SourcesJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateLayerSpans", x => x.StepId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RateLayerSpans_ImposerCode_TargetKey_Until_From",
                table: "RateLayerSpans",
                columns: new[] { "ImposerCode", "TargetKey", "Until", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_RateLayerSpans_MeasureId",
                table: "RateLayerSpans",
                column: "MeasureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RateLayerMeasures");

            migrationBuilder.DropTable(
                name: "RateLayerSpans");
        }
    }
}
