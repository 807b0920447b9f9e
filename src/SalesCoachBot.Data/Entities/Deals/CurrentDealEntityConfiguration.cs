using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesCoachBot.Data.Entities.Deals;

internal sealed class CurrentDealEntityConfiguration : IEntityTypeConfiguration<CurrentDealEntity>
{
    public void Configure(EntityTypeBuilder<CurrentDealEntity> current)
    {
        current.ToTable("CurrentDeals");
        current.HasKey(c => c.UserId);
        current.Property(c => c.UserId).HasMaxLength(256);
        current.HasOne<DealEntity>().WithMany().HasForeignKey(c => c.DealId).OnDelete(DeleteBehavior.Cascade);
    }
}
