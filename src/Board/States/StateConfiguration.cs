using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Planner.Board.States;

internal sealed class StateConfiguration : IEntityTypeConfiguration<State>
{
    public void Configure(EntityTypeBuilder<State> builder)
    {
        builder.HasKey(s => s.Iso3);
        builder.Property(s => s.Iso3).HasMaxLength(3);
        builder.OwnsOne(s => s.Name);
    }
}
