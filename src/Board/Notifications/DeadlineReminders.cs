using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Notifications;

/// <summary>
/// The deadlines to remind people of on a given day: those due within the next days (approaching)
/// and those past and not met (overdue). Each goes to everyone who works on the review (not
/// observers or stakeholders). The key carries the due date, so an adjusted deadline is reminded
/// of again, and an unchanged one only once.
/// </summary>
public sealed class DeadlineReminders(PlannerDbContext db, ReviewPeople reviewPeople)
{
    public async Task<IReadOnlyList<Notice>> DueAsync(DateOnly today, int daysBefore, CancellationToken cancellationToken = default)
    {
        var horizon = today.AddDays(daysBefore);
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => !d.Met && d.DueDate <= horizon)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var notices = new List<Notice>();
        foreach (var review in deadlines.GroupBy(d => d.ReviewId))
        {
            var people = (await reviewPeople.OnAsync(review.Key, cancellationToken).ConfigureAwait(false))
                .Where(p => p.Actor.Role is not (ReviewRole.Observer or ReviewRole.Stakeholder)).ToList();
            foreach (var deadline in review)
            {
                var overdue = deadline.IsOverdueOn(today);
                var kind = overdue ? NotificationKind.DeadlineOverdue : NotificationKind.DeadlineApproaching;
                var key = string.Create(CultureInfo.InvariantCulture, $"{(overdue ? "overdue" : "approaching")}:{deadline.Id}:{deadline.DueDate:yyyy-MM-dd}");
                notices.AddRange(people.Select(p => new Notice(p.Actor.UserId, kind, deadline.ReviewId, key, "",
                    DeadlineId: deadline.Id, Detail: deadline.Label ?? deadline.Kind.ToString(), DueDate: deadline.DueDate)));
            }
        }
        return notices;
    }
}
