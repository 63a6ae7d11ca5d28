using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Planner.Board.Reviews;

namespace Planner.Board.Tiles;

internal sealed class TileConfiguration :
    IEntityTypeConfiguration<Tile>,
    IEntityTypeConfiguration<AnswerVersion>,
    IEntityTypeConfiguration<Comment>,
    IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<Tile> builder)
    {
        // Ids are made by the domain, so EF must treat a new child with an id as new, not as existing.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<CountryReview>().WithMany().HasForeignKey(t => t.ReviewId);
        builder.HasIndex(t => new { t.ReviewId, t.ArticleNumber }).IsUnique();
        // The version is the optimistic-concurrency token: an UPDATE based on an old version hits no row.
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(t => t.AssignedAgencyIds).HasField("assignedAgencyIds");
        builder.PrimitiveCollection(t => t.AssignedExpertIds).HasField("assignedExpertIds");
        builder.Property(t => t.GroupLabel).HasMaxLength(Workflow.BoardWorkflow.MaxGroupLabelLength);
        builder.HasMany(t => t.AnswerVersions).WithOne().HasForeignKey(a => a.TileId);
        builder.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.TileId);
        builder.HasMany(t => t.Activity).WithOne().HasForeignKey(a => a.TileId);
        builder.Navigation(t => t.AnswerVersions).HasField("answerVersions");
        builder.Navigation(t => t.Comments).HasField("comments");
        builder.Navigation(t => t.Activity).HasField("activity");
    }

    public void Configure(EntityTypeBuilder<AnswerVersion> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.TileId, a.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Comment> builder) => builder.Property(c => c.Id).ValueGeneratedNever();

    public void Configure(EntityTypeBuilder<ActivityEntry> builder) => builder.Property(a => a.Id).ValueGeneratedNever();
}
