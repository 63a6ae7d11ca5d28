using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Planner.Board.Plugins;

internal sealed class PluginConfiguration : IEntityTypeConfiguration<PluginSetting>, IEntityTypeConfiguration<PluginDatum>
{
    public void Configure(EntityTypeBuilder<PluginSetting> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.PluginId, s.ReviewId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PluginDatum> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.PluginId, d.ReviewId, d.Key }).IsUnique();
    }
}
