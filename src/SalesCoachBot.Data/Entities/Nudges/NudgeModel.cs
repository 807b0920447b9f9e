using Microsoft.EntityFrameworkCore;

namespace SalesCoachBot.Data.Entities.Nudges;

/// <summary>The nudge's tables: gap sightings per (deal, rule), reviews per (manager, deal).</summary>
internal static class NudgeModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GapSightingEntity>(sighting =>
        {
            sighting.ToTable("GapSightings");
            sighting.HasKey(s => new { s.DealId, s.RuleId });
            sighting.Property(s => s.RuleId).HasMaxLength(64);
        });

        modelBuilder.Entity<DealReviewEntity>(review =>
        {
            review.ToTable("DealReviews");
            review.HasKey(r => new { r.ManagerId, r.DealId });
            review.Property(r => r.ManagerId).HasMaxLength(256);
        });
    }
}
