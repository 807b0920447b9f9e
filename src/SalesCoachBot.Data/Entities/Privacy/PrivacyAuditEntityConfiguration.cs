using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SalesCoachBot.Coaching.Rep.Privacy;

namespace SalesCoachBot.Data.Entities.Privacy;

internal sealed class PrivacyAuditEntityConfiguration : IEntityTypeConfiguration<PrivacyAuditEntity>
{
    // UTC ticks, as the deals' timestamps: sortable on SQLite too.
    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks =
        new(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    public void Configure(EntityTypeBuilder<PrivacyAuditEntity> audit)
    {
        audit.ToTable("PrivacyAudit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.At).HasConversion(UtcTicks);
        audit.Property(a => a.Operator).HasMaxLength(PrivacyAuditEntry.MaxOperatorLength);
        audit.Property(a => a.Action).HasMaxLength(32);
        audit.HasIndex(a => a.At);
    }
}
