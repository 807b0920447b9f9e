using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoachBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddNudgesAndPractice : Migration
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
                name: "PracticeItems",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Due = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Stability = table.Column<double>(type: "REAL", nullable: false),
                    Difficulty = table.Column<double>(type: "REAL", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Reps = table.Column<int>(type: "INTEGER", nullable: false),
                    Lapses = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReview = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeItems", x => new { x.UserId, x.QuestionId });
                });

            migrationBuilder.CreateTable(
                name: "PracticeReminders",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SendAt = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReminders", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "PracticeReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WasNew = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    StabilityAfter = table.Column<double>(type: "REAL", nullable: false),
                    DifficultyAfter = table.Column<double>(type: "REAL", nullable: false),
                    StateAfter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAfter = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReviews", x => x.Id);
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
                name: "IX_PracticeReminders_Enabled",
                table: "PracticeReminders",
                column: "Enabled");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReviews_UserId",
                table: "PracticeReviews",
                column: "UserId");

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
                name: "PracticeItems");

            migrationBuilder.DropTable(
                name: "PracticeReminders");

            migrationBuilder.DropTable(
                name: "PracticeReviews");

            migrationBuilder.DropTable(
                name: "ProactiveLedger");
        }
    }
}
