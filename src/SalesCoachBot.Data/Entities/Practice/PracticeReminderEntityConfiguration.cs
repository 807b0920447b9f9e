using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesCoachBot.Data.Entities.Practice;

internal sealed class PracticeReminderEntityConfiguration : IEntityTypeConfiguration<PracticeReminderEntity>
{
    public void Configure(EntityTypeBuilder<PracticeReminderEntity> builder)
    {
        builder.ToTable("PracticeReminders");
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.UserId).HasMaxLength(256);
        builder.HasIndex(r => r.Enabled);
    }
}
