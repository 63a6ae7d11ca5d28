using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Planner.Board.Checklist;

internal sealed class ChecklistConfiguration : IEntityTypeConfiguration<ChecklistTemplate>, IEntityTypeConfiguration<ChecklistSubmission>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> builder)
    {
        builder.HasKey(t => t.Number);
        builder.Property(t => t.Number).ValueGeneratedNever();
        // The questions are one document, read and written whole: a JSON column keeps the version immutable as a unit.
        builder.Property<string>("questionsJson").HasColumnName("Questions");
        builder.Ignore(t => t.Questions);
    }

    public void Configure(EntityTypeBuilder<ChecklistSubmission> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.ReviewId, s.Number }).IsUnique();
    }
}
