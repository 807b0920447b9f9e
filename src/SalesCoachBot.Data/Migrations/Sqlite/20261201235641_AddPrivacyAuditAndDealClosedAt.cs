using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPrivacyAuditAndDealClosedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Deals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PrivacyAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Records = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyAudit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ClosedAt",
                table: "Deals",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyAudit_At",
                table: "PrivacyAudit",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyAudit");

            migrationBuilder.DropIndex(
                name: "IX_Deals_ClosedAt",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Deals");
        }
    }
}
