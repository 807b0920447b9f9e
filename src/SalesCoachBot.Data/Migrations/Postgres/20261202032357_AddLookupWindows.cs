using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Postgres
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
                    Key = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    WindowStartUs = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
