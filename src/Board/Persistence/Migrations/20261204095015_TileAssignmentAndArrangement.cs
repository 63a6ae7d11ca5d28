using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Planner.Board.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TileAssignmentAndArrangement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedExpertIds",
                table: "Tiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "GroupLabel",
                table: "Tiles",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Position",
                table: "Tiles",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<bool>(
                name: "Priority",
                table: "Tiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Existing boards keep their order: by article, as they were listed before.
            migrationBuilder.Sql("UPDATE Tiles SET Position = ArticleNumber;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssignedExpertIds",
                table: "Tiles");

            migrationBuilder.DropColumn(
                name: "GroupLabel",
                table: "Tiles");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Tiles");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Tiles");
        }
    }
}
