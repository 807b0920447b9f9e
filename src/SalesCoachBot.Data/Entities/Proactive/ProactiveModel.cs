using Microsoft.EntityFrameworkCore;

namespace SalesCoachBot.Data.Entities.Proactive;

/// <summary>The ledger's, the outbox's, the shared send budget's and the shared look-up windows' tables, keys and indexes.</summary>
internal static class ProactiveModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProactiveLedgerEntry>(ledger =>
        {
            ledger.ToTable("ProactiveLedger");
            ledger.HasKey(l => l.Id);
            ledger.Property(l => l.RecipientUserId).HasMaxLength(256);
            ledger.Property(l => l.Kind).HasMaxLength(64);
            ledger.Property(l => l.State).HasConversion<string>().HasMaxLength(16);
            ledger.HasIndex(l => new { l.RecipientUserId, l.Kind, l.LocalDate }).IsUnique();
            ledger.HasIndex(l => new { l.Kind, l.LocalDate });
        });

        modelBuilder.Entity<OutboxEntry>(outbox =>
        {
            outbox.ToTable("Outbox");
            outbox.HasKey(o => o.Id);
            outbox.Property(o => o.Kind).HasMaxLength(64);
            outbox.Property(o => o.RecipientUserId).HasMaxLength(256);
            outbox.Property(o => o.ActivityJson).IsRequired();
            outbox.Property(o => o.FallbackServiceUrl).HasMaxLength(512);
            outbox.Property(o => o.FallbackTenantId).HasMaxLength(64);
            outbox.Property(o => o.FallbackUserId).HasMaxLength(256);
            outbox.Property(o => o.FallbackBotId).HasMaxLength(256);
            outbox.Property(o => o.CreatedConversationId).HasMaxLength(512);
            outbox.Property(o => o.State).HasConversion<string>().HasMaxLength(16);
            outbox.Property(o => o.LastError).HasMaxLength(1024);
            outbox.HasOne(o => o.LedgerEntry).WithMany().HasForeignKey(o => o.LedgerEntryId).OnDelete(DeleteBehavior.SetNull);
            outbox.HasIndex(o => new { o.State, o.NextAttemptAtMs });
        });

        modelBuilder.Entity<SendPacingEntry>(pacing =>
        {
            pacing.ToTable("SendPacing");
            pacing.HasKey(p => p.Key);
            pacing.Property(p => p.Key).HasMaxLength(600);
            pacing.HasIndex(p => p.NextStartUs);
        });

        modelBuilder.Entity<LookupWindowEntry>(window =>
        {
            window.ToTable("LookupWindows");
            window.HasKey(w => w.Key);
            window.Property(w => w.Key).HasMaxLength(600);
            window.HasIndex(w => w.WindowStartUs);
        });
    }
}
