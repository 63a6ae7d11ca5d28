using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Planner.Board.Tiles;

namespace Planner.Board.Documents;

internal sealed class TileDocumentConfiguration : IEntityTypeConfiguration<TileDocument>
{
    public void Configure(EntityTypeBuilder<TileDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.Id).ValueGeneratedNever();
        // Nothing is hard-deleted; a tile never takes its documents with it.
        builder.HasOne<Tile>().WithMany().HasForeignKey(d => d.TileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TileId, d.UploadedAt });
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.Property(d => d.FileName).HasMaxLength(DocumentFileName.MaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.StoredName).HasMaxLength(40);
        builder.Property(d => d.UploadedByName).HasMaxLength(200);
        builder.Property(d => d.DeletedByName).HasMaxLength(200);
        builder.Ignore(d => d.IsDeleted);
    }
}
