using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Postgres
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
                    Key = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    InvokeResponse = table.Column<string>(type: "text", nullable: true)
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
