using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RateSteps_TimelineDate",
                table: "RateSteps");

            migrationBuilder.DropIndex(
                name: "IX_Events_StartsOn",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_RateSteps_TariffMeasureId_InForceFrom_InForceUntil",
                table: "RateSteps",
                columns: new[] { "TariffMeasureId", "InForceFrom", "InForceUntil" },
                filter: "\"ArchivedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RateSteps_TimelineDate_TariffMeasureId",
                table: "RateSteps",
                columns: new[] { "TimelineDate", "TariffMeasureId" },
                filter: "\"ArchivedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Kind_StartsOn",
                table: "Events",
                columns: new[] { "Kind", "StartsOn" },
                filter: "\"ArchivedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartsOn",
                table: "Events",
                column: "StartsOn",
                filter: "\"ArchivedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RateSteps_TariffMeasureId_InForceFrom_InForceUntil",
                table: "RateSteps");

            migrationBuilder.DropIndex(
                name: "IX_RateSteps_TimelineDate_TariffMeasureId",
                table: "RateSteps");

            migrationBuilder.DropIndex(
                name: "IX_Events_Kind_StartsOn",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_StartsOn",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_RateSteps_TimelineDate",
                table: "RateSteps",
                column: "TimelineDate");

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartsOn",
                table: "Events",
                column: "StartsOn");
        }
    }
}
