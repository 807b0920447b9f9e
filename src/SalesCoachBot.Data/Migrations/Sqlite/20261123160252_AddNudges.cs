using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddNudges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DealReviews",
                columns: table => new
                {
                    ManagerId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SnoozedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealReviews", x => new { x.ManagerId, x.DealId });
                });

            migrationBuilder.CreateTable(
                name: "GapSightings",
                columns: table => new
                {
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstSeenOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GapSightings", x => new { x.DealId, x.RuleId });
                });

            migrationBuilder.CreateTable(
                name: "ProactiveLedger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveLedger", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LedgerEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                    FallbackServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    FallbackTenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FallbackUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FallbackBotId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseUntilMs = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_ProactiveLedger_LedgerEntryId",
                        column: x => x.LedgerEntryId,
                        principalTable: "ProactiveLedger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LedgerEntryId",
                table: "Outbox",
                column: "LedgerEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_State_NextAttemptAtMs",
                table: "Outbox",
                columns: new[] { "State", "NextAttemptAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveLedger_Kind_LocalDate",
                table: "ProactiveLedger",
                columns: new[] { "Kind", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveLedger_RecipientUserId_Kind_LocalDate",
                table: "ProactiveLedger",
                columns: new[] { "RecipientUserId", "Kind", "LocalDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DealReviews");

            migrationBuilder.DropTable(
                name: "GapSightings");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "ProactiveLedger");
        }
    }
}
