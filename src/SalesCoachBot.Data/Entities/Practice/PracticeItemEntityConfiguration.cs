using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesCoachBot.Data.Entities.Practice;

internal sealed class PracticeItemEntityConfiguration : IEntityTypeConfiguration<PracticeItemEntity>
{
    public void Configure(EntityTypeBuilder<PracticeItemEntity> builder)
    {
        builder.ToTable("PracticeItems");
        builder.HasKey(i => new { i.UserId, i.QuestionId });
        builder.Property(i => i.UserId).HasMaxLength(256);
        builder.Property(i => i.QuestionId).HasMaxLength(64);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
    }
}
