using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Planner.Board.People;
using Planner.Board.States;

namespace Planner.Board.Reviews;

internal sealed class ReviewConfiguration :
    IEntityTypeConfiguration<ReviewCycle>,
    IEntityTypeConfiguration<CountryReview>,
    IEntityTypeConfiguration<Agency>,
    IEntityTypeConfiguration<Participant>,
    IEntityTypeConfiguration<User>,
    IEntityTypeConfiguration<Invitation>,
    IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<AccountEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.UserId, e.At });
    }

    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(i => i.UserId);
    }

    public void Configure(EntityTypeBuilder<ReviewCycle> builder) => builder.HasKey(c => c.Number);

    public void Configure(EntityTypeBuilder<CountryReview> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ReviewCycle>().WithMany().HasForeignKey(r => r.CycleNumber);
        builder.HasOne<State>().WithMany().HasForeignKey(r => r.StateUnderReview);
        builder.HasOne<State>().WithMany().HasForeignKey(r => r.ReviewingStateFromGroup);
        builder.HasOne<State>().WithMany().HasForeignKey(r => r.ReviewingStateFromBox);
    }

    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<CountryReview>().WithMany().HasForeignKey(a => a.ReviewId);
    }

    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.HasKey(p => new { p.ReviewId, p.UserId });
        builder.HasOne<CountryReview>().WithMany().HasForeignKey(p => p.ReviewId);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId);
    }

    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasIndex(u => u.Email).IsUnique();
    }
}
