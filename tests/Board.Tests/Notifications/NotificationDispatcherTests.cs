using Microsoft.EntityFrameworkCore;
using Planner.Board.Notifications;
using Planner.Board.Tests.Persistence;

namespace Planner.Board.Tests.Notifications;

public sealed class NotificationDispatcherTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task DeliverAsync_NoChoicesMade_InAppAndEmailInEnglish()
    {
        await using var db = database.NewContext();
        var services = new NotificationServices(db);

        await services.Dispatcher.DeliverAsync([Notice(Seed.ReviewerId, "moved:1")]);

        Assert.Equal(1, await services.Inbox.UnreadCountAsync(Seed.ReviewerId));
        Assert.Equal([(Seed.ReviewerId, NotificationKind.TileMoved, "en")], services.Mailer.Sent);
    }

    [Fact]
    public async Task DeliverAsync_SameKeyTwice_DeliveredOnce()
    {
        await using var db = database.NewContext();
        var services = new NotificationServices(db);

        await services.Dispatcher.DeliverAsync([Notice(Seed.ReviewerId, "moved:1")]);
        var second = await services.Dispatcher.DeliverAsync([Notice(Seed.ReviewerId, "moved:1")]);

        Assert.Empty(second);
        Assert.Single(services.Mailer.Sent);
        Assert.Equal(1, await db.Notifications.CountAsync());
    }

    [Fact]
    public async Task DeliverAsync_EmailOnlyInFrench_NoUnreadAndFrenchMail()
    {
        await using var db = database.NewContext();
        var services = new NotificationServices(db);
        await services.Inbox.SaveChoicesAsync(Seed.ReviewerId, new NotificationChoices([], [NotificationKind.TileMoved], "fr-CA"));

        await services.Dispatcher.DeliverAsync([Notice(Seed.ReviewerId, "moved:1")]);

        Assert.Equal(0, await services.Inbox.UnreadCountAsync(Seed.ReviewerId));
        Assert.Empty(await services.Inbox.ListAsync(Seed.ReviewerId));
        Assert.Equal([(Seed.ReviewerId, NotificationKind.TileMoved, "fr")], services.Mailer.Sent);
    }

    [Fact]
    public async Task DeliverAsync_KindSwitchedOffBothWays_NothingStoredOrSent()
    {
        await using var db = database.NewContext();
        var services = new NotificationServices(db);
        await services.Inbox.SaveChoicesAsync(Seed.ReviewerId, new NotificationChoices([NotificationKind.Mentioned], [], "en"));

        await services.Dispatcher.DeliverAsync([Notice(Seed.ReviewerId, "moved:1")]);

        Assert.False(await db.Notifications.AnyAsync());
        Assert.Empty(services.Mailer.Sent);
    }

    [Fact]
    public async Task MarkReadAsync_OwnAndOthers_OnlyOwnReadAndCountFalls()
    {
        await using var db = database.NewContext();
        var services = new NotificationServices(db);
        var feedCalls = 0;
        using var subscription = services.Feed.Subscribe(Seed.ReviewerId, () => { Interlocked.Increment(ref feedCalls); return Task.CompletedTask; });
        var delivered = await services.Dispatcher.DeliverAsync([Notice(Seed.ReviewerId, "moved:1"), Notice(Seed.ReviewerId, "moved:2")]);

        Assert.False(await services.Inbox.MarkReadAsync(Seed.FocalPointId, delivered[0].Id));
        Assert.True(await services.Inbox.MarkReadAsync(Seed.ReviewerId, delivered[0].Id));

        Assert.Equal(1, await services.Inbox.UnreadCountAsync(Seed.ReviewerId));
        Assert.Equal(2, feedCalls);
    }

    private static Notice Notice(Guid userId, string key) =>
        new(userId, NotificationKind.TileMoved, Seed.ReviewId, key, "Fiona Focal", Seed.ReviewTileId, 7, Detail: "Review");
}
