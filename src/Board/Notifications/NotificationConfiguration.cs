using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Planner.Board.People;

namespace Planner.Board.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(n => n.UserId);
        // One delivery per person and occurrence: a job run twice, or a retried event, adds nothing.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ShowInApp, n.ReadAt });
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.Property(n => n.Detail).HasMaxLength(Notification.MaxDetailLength + 1);
    }

    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId);
    }
}
