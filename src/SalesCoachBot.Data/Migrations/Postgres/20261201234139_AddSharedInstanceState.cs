using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSharedInstanceState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PowerMapImages",
                columns: table => new
                {
                    Token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: false),
                    ExpiresAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PowerMapImages", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "SendPacing",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    NextStartUs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SendPacing", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PowerMapImages_ExpiresAtMs",
                table: "PowerMapImages",
                column: "ExpiresAtMs");

            migrationBuilder.CreateIndex(
                name: "IX_SendPacing_NextStartUs",
                table: "SendPacing",
                column: "NextStartUs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PowerMapImages");

            migrationBuilder.DropTable(
                name: "SendPacing");
        }
    }
}
