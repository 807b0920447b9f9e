using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRedeliveryRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RedeliveryRecords",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    InvokeResponse = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedeliveryRecords", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RedeliveryRecords_CreatedAtMs",
                table: "RedeliveryRecords",
                column: "CreatedAtMs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RedeliveryRecords");
        }
    }
}
