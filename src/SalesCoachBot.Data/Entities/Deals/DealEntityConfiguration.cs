using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesCoachBot.Data.Entities.Deals;

internal sealed class DealEntityConfiguration : IEntityTypeConfiguration<DealEntity>
{
    // SQLite has no DateTimeOffset type, and EF Core cannot sort on the text form; UTC ticks sort
    // and index correctly (the store writes UTC only).
    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks =
        new(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    public void Configure(EntityTypeBuilder<DealEntity> deal)
    {
        deal.ToTable("Deals");
        deal.HasKey(d => d.Id);
        deal.Property(d => d.OwnerUserId).HasMaxLength(256);
        deal.Property(d => d.Customer).HasMaxLength(256);
        deal.Property(d => d.Name).HasMaxLength(256);
        deal.Property(d => d.Stage).HasConversion<string>().HasMaxLength(32);
        deal.Property(d => d.UpdatedAt).HasConversion(UtcTicks);
        deal.Property(d => d.Json).IsRequired();
        deal.Property(d => d.Version).IsConcurrencyToken();
        deal.HasIndex(d => d.OwnerUserId);
        deal.HasIndex(d => d.UpdatedAt);
        deal.Property(d => d.ClosedAt).HasConversion(UtcTicks);
        deal.HasIndex(d => d.ClosedAt);
    }
}
