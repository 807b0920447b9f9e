using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesCoachBot.Data.Entities.Practice;

internal sealed class PracticeReviewEntityConfiguration : IEntityTypeConfiguration<PracticeReviewEntity>
{
    public void Configure(EntityTypeBuilder<PracticeReviewEntity> builder)
    {
        builder.ToTable("PracticeReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserId).HasMaxLength(256);
        builder.Property(r => r.QuestionId).HasMaxLength(64);
        builder.Property(r => r.Rating).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StateAfter).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => r.UserId);
    }
}
