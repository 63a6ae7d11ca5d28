using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Planner.Board.Resources;

internal sealed class ArticleResourceConfiguration : IEntityTypeConfiguration<ArticleResource>
{
    public void Configure(EntityTypeBuilder<ArticleResource> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.ArticleNumber);
        builder.Property(r => r.Title).HasMaxLength(ArticleResource.MaxTitleLength);
        builder.Property(r => r.Url).HasMaxLength(ArticleResource.MaxUrlLength);
        builder.Property(r => r.Description).HasMaxLength(ArticleResource.MaxDescriptionLength);
        builder.Property(r => r.Language).HasMaxLength(2);
        builder.Property(r => r.UpdatedByName).HasMaxLength(200);
        // As for tiles: an UPDATE based on an old version hits no row, so a stale edit is refused.
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
