using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Planner.Board.Tiles.Contributions;

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>, IEntityTypeConfiguration<ContributionVersion>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Tile>().WithMany().HasForeignKey(c => c.TileId);
        // One contribution per agency and tile: two experts of one agency starting at once cannot create two.
        builder.HasIndex(c => new { c.TileId, c.AgencyId }).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property<string>("answersJson").HasColumnName("Answers");
        builder.Ignore(c => c.Answers);
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.ContributionId);
        builder.Navigation(c => c.Versions).HasField("versions");
    }

    public void Configure(EntityTypeBuilder<ContributionVersion> builder)
    {
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.ContributionId, v.Number }).IsUnique();
        builder.Ignore(v => v.Answers);
    }
}
