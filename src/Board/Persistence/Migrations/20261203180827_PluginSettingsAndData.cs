using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Planner.Board.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PluginSettingsAndData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PluginData",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PluginId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PluginData", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PluginSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PluginId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PluginSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PluginData_PluginId_ReviewId_Key",
                table: "PluginData",
                columns: new[] { "PluginId", "ReviewId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PluginSettings_PluginId_ReviewId",
                table: "PluginSettings",
                columns: new[] { "PluginId", "ReviewId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PluginData");

            migrationBuilder.DropTable(
                name: "PluginSettings");
        }
    }
}
