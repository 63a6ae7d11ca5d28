using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Planner.Board.Reviews;

namespace Planner.Board.Deadlines;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<ReviewDeadline>, IEntityTypeConfiguration<DeadlineChange>
{
    public void Configure(EntityTypeBuilder<ReviewDeadline> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<CountryReview>().WithMany().HasForeignKey(d => d.ReviewId);
        builder.HasIndex(d => d.ReviewId);
        builder.Property(d => d.Label).HasMaxLength(ReviewDeadline.MaxLabelLength);
        // As for tiles: an UPDATE based on an old version hits no row, so a stale change is refused.
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.History).WithOne().HasForeignKey(c => c.DeadlineId);
        builder.Navigation(d => d.History).HasField("history");
    }

    public void Configure(EntityTypeBuilder<DeadlineChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.DeadlineId, c.Version }).IsUnique();
    }
}
