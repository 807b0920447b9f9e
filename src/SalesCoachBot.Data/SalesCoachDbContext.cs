using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Entities.Deals;
using SalesCoachBot.Data.Entities.Nudges;
using SalesCoachBot.Data.Entities.PowerMap;
using SalesCoachBot.Data.Entities.Proactive;
using SalesCoachBot.Data.Entities.Practice;
using SalesCoachBot.Data.Entities.Privacy;

namespace SalesCoachBot.Data;

/// <summary>
/// The model. Provider-neutral: each provider has a derived context that owns its migrations
/// (<see cref="Storage.SqliteSalesCoachDbContext"/>), so adding PostgreSQL is one more derived
/// context and one more migrations folder.
/// </summary>
internal abstract class SalesCoachDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<UserEntity> Users => Set<UserEntity>();

    public DbSet<ConversationReferenceEntity> ConversationReferences => Set<ConversationReferenceEntity>();

    public DbSet<DialogStateEntity> DialogStates => Set<DialogStateEntity>();

    public DbSet<RedeliveryRecordEntity> RedeliveryRecords => Set<RedeliveryRecordEntity>();

    public DbSet<ProactiveLedgerEntry> ProactiveLedger => Set<ProactiveLedgerEntry>();

    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();

    public DbSet<SendPacingEntry> SendPacing => Set<SendPacingEntry>();

    public DbSet<LookupWindowEntry> LookupWindows => Set<LookupWindowEntry>();

    public DbSet<PowerMapImageEntity> PowerMapImages => Set<PowerMapImageEntity>();

    public DbSet<GapSightingEntity> GapSightings => Set<GapSightingEntity>();

    public DbSet<DealReviewEntity> DealReviews => Set<DealReviewEntity>();

    public DbSet<DealEntity> Deals => Set<DealEntity>();

    public DbSet<CurrentDealEntity> CurrentDeals => Set<CurrentDealEntity>();

    public DbSet<PracticeItemEntity> PracticeItems => Set<PracticeItemEntity>();

    public DbSet<PracticeReviewEntity> PracticeReviews => Set<PracticeReviewEntity>();

    public DbSet<PracticeReminderEntity> PracticeReminders => Set<PracticeReminderEntity>();

    public DbSet<PrivacyAuditEntity> PrivacyAudit => Set<PrivacyAuditEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserEntity>(user =>
        {
            user.ToTable("Users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).HasMaxLength(256);
            user.Property(u => u.AadObjectId).HasMaxLength(64);
            user.Property(u => u.TenantId).HasMaxLength(64);
            user.Property(u => u.Name).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(320);
            user.Property(u => u.UserPrincipalName).HasMaxLength(320);
            user.Property(u => u.Locale).HasMaxLength(16);
            user.Property(u => u.TimeZone).HasMaxLength(64);
            user.Property(u => u.ClientTimeZone).HasMaxLength(64);
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
            user.Property(u => u.MainUse).HasConversion<string>().HasMaxLength(16);
            user.Property(u => u.ManagerId).HasMaxLength(256);
            user.HasOne(u => u.Manager).WithMany().HasForeignKey(u => u.ManagerId).OnDelete(DeleteBehavior.SetNull);
            user.Property(u => u.ManagerSource).HasConversion<string>().HasMaxLength(16);
            user.Property(u => u.PendingManagerId).HasMaxLength(256);
            user.HasIndex(u => u.AadObjectId);
            // Address first: the chat's look-up is address and tenant, an import's the address alone.
            user.HasIndex(u => new { u.Email, u.TenantId });
            user.HasIndex(u => new { u.UserPrincipalName, u.TenantId });
            user.HasIndex(u => u.DirectoryCheckedAtMs);
        });

        modelBuilder.Entity<ConversationReferenceEntity>(reference =>
        {
            reference.ToTable("ConversationReferences");
            reference.HasKey(r => r.Id);
            reference.Property(r => r.ServiceUrl).HasMaxLength(512);
            reference.Property(r => r.ChannelId).HasMaxLength(64);
            reference.Property(r => r.ConversationId).HasMaxLength(512);
            reference.Property(r => r.ConversationType).HasMaxLength(32);
            reference.Property(r => r.TenantId).HasMaxLength(64);
            reference.Property(r => r.UserId).HasMaxLength(256);
            reference.Property(r => r.UserName).HasMaxLength(256);
            reference.Property(r => r.UserAadObjectId).HasMaxLength(64);
            reference.Property(r => r.BotId).HasMaxLength(256);
            reference.Property(r => r.BotName).HasMaxLength(256);
            reference.Property(r => r.Locale).HasMaxLength(16);
            reference.HasIndex(r => new { r.ChannelId, r.ConversationId, r.UserId }).IsUnique();
            reference.HasIndex(r => r.UserId);
        });

        modelBuilder.Entity<DialogStateEntity>(state =>
        {
            state.ToTable("DialogStates");
            state.HasKey(s => s.ConversationKey);
            state.Property(s => s.ConversationKey).HasMaxLength(1024);
            state.Property(s => s.Json).IsRequired();
            state.Property(s => s.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<PowerMapImageEntity>(image =>
        {
            image.ToTable("PowerMapImages");
            image.HasKey(i => i.Token);
            image.Property(i => i.Token).HasMaxLength(32);
            image.Property(i => i.Png).IsRequired();
            image.HasIndex(i => i.ExpiresAtMs);
        });

        modelBuilder.Entity<RedeliveryRecordEntity>(record =>
        {
            record.ToTable("RedeliveryRecords");
            record.HasKey(r => r.Key);
            record.Property(r => r.Key).HasMaxLength(1024);
            record.HasIndex(r => r.CreatedAtMs);
        });

        ProactiveModel.Configure(modelBuilder);
        NudgeModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new DealEntityConfiguration());
        modelBuilder.ApplyConfiguration(new CurrentDealEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PracticeItemEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PracticeReviewEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PracticeReminderEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PrivacyAuditEntityConfiguration());
    }
}
