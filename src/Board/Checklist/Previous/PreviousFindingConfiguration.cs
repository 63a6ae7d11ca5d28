using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Planner.Board.Checklist.Previous;

internal sealed class PreviousFindingConfiguration : IEntityTypeConfiguration<PreviousFinding>
{
    public void Configure(EntityTypeBuilder<PreviousFinding> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.State).HasMaxLength(3);
        builder.HasIndex(f => new { f.State, f.Cycle, f.Article }).IsUnique();
        builder.Ignore(f => f.RecommendationList);
    }
}
