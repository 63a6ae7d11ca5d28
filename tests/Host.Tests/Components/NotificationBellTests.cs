using Bunit;
using Planner.Board.Notifications;
using Planner.Host.Components.Notifications;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

public sealed class NotificationBellTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Render_NotificationDeliveredThenRead_CountFollowsLive()
    {
        var reviewer = await host.SignInAsync(SampleUsers.Reviewer);
        var cut = host.Bunit.Render<NotificationBell>();
        Assert.Equal("0", cut.Find("a.notification-bell").GetAttribute("data-unread"));
        Assert.Empty(cut.FindAll(".bell-count"));

        var delivered = await host.RunAsync<NotificationDispatcher, IReadOnlyList<Notification>>(d => d.DeliverAsync(
            [new Notice(reviewer, NotificationKind.TileMoved, host.ReviewId, "moved:test", "Joseph Mwangi", ArticleNumber: 7, Detail: "Review")]));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".bell-count").TextContent));
        Assert.Equal("Notifications: 1 unread", cut.Find("a.notification-bell").GetAttribute("aria-label"));

        await host.RunAsync<NotificationInbox, bool>(i => i.MarkReadAsync(reviewer, delivered[0].Id));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".bell-count")));
    }
}
