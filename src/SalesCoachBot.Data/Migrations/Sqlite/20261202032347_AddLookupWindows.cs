using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddLookupWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LookupWindows",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    WindowStartUs = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LookupWindows", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LookupWindows_WindowStartUs",
                table: "LookupWindows",
                column: "WindowStartUs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LookupWindows");
        }
    }
}
