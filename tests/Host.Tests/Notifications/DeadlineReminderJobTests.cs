using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Notifications;
using Planner.Host.Notifications;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Notifications;

public sealed class DeadlineReminderJobTests : IAsyncLifetime
{
    private readonly MovableClock clock = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private PlannerAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new PlannerAppFactory(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task RunOnceAsync_ApproachingThenOverdue_EachDeliveredOnceToWhoWorksOnTheReview()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientAs(SampleUsers.FocalPoint).PutAsJsonAsync(
            $"/api/reviews/{factory.ReviewId}/deadlines/{Guid.NewGuid()}",
            new { kind = "ChecklistDue", dueDate = "2027-03-06", reason = "Agreed at the kick-off call", expectedVersion = 0 }, ApiJson.Options)).StatusCode);
        var job = factory.Services.GetRequiredService<DeadlineReminderJob>();

        var approaching = await job.RunOnceAsync();
        var again = await job.RunOnceAsync();
        clock.Now = clock.Now.AddDays(6);
        var overdue = await job.RunOnceAsync();
        var overdueAgain = await job.RunOnceAsync();

        Assert.True(approaching > 0);
        Assert.Equal(0, again);
        Assert.Equal(approaching, overdue);
        Assert.Equal(0, overdueAgain);
        var kinds = factory.WithDb(db => db.Notifications.AsNoTracking()
            .Where(n => n.UserId == factory.UserId(SampleUsers.Reviewer)).Select(n => n.Kind).ToList());
        Assert.Equal([NotificationKind.DeadlineApproaching, NotificationKind.DeadlineOverdue], kinds.Order());
        Assert.False(factory.WithDb(db => db.Notifications.Any(n => n.UserId == factory.UserId(SampleUsers.Observer))));
    }

    [Fact]
    public async Task RunOnceAsync_DeadlineMet_NoReminder()
    {
        await factory.ClientAs(SampleUsers.Secretariat).PutAsJsonAsync(
            $"/api/reviews/{factory.ReviewId}/deadlines/{Guid.NewGuid()}",
            new { kind = "DraftReport", dueDate = "2027-02-20", met = true, reason = "Circulated on time", expectedVersion = 0 }, ApiJson.Options);

        Assert.Equal(0, await factory.Services.GetRequiredService<DeadlineReminderJob>().RunOnceAsync());
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
