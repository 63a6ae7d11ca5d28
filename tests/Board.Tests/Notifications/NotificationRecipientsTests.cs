using Planner.Board.Events;
using Planner.Board.Notifications;
using Planner.Board.Reviews;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Notifications;

public sealed class NotificationRecipientsTests : IAsyncLifetime
{
    private static readonly Guid StakeholderId = new("b0000000-0000-0000-0000-000000000018");

    private BoardDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await BoardDatabase.CreateAsync();
        await using var db = database.NewContext();
        db.Users.Add(new People.User(StakeholderId, "Stella Stakeholder", "stella@example.org", isSecretariat: false));
        db.Participants.Add(new Participant(Seed.ReviewId, StakeholderId, ReviewRole.Stakeholder));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ForAsync_AgencyAddedInAnswer_OnlyTheNewAgencysExperts()
    {
        await using var db = database.NewContext();
        await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AnswerTileId, [Seed.AgencyId, Seed.OtherAgencyId], ExpectedVersion: 2), Seed.FocalPointId);

        var notices = await new NotificationServices(db).Recipients.ForAsync(await database.Events.WaitForAsync<TileAssigned>());

        var notice = Assert.Single(notices);
        Assert.Equal((Seed.OtherExpertId, NotificationKind.TileAssigned, 6), (notice.UserId, notice.Kind, notice.ArticleNumber!.Value));
    }

    [Fact]
    public async Task ForAsync_AssignedFromAssign_EveryAssignedAgencysExpertsOnceEach()
    {
        await using var db = database.NewContext();
        await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.AgencyId, Seed.OtherAgencyId], ExpectedVersion: 3) { ExpertIds = [Seed.OtherExpertId] },
            Seed.FocalPointId);

        var notices = await new NotificationServices(db).Recipients.ForAsync(await database.Events.WaitForAsync<TileAssigned>());

        Assert.Equal([Seed.ExpertId, Seed.OtherExpertId], notices.Select(n => n.UserId).Order());
        Assert.All(notices, n => Assert.Equal(NotificationKind.TileAssigned, n.Kind));
    }

    [Fact]
    public async Task ForAsync_ExpertNamedOnTileOfAgencyAlreadyAssigned_OnlyTheNamedExpert()
    {
        var secondExpert = Guid.NewGuid();
        await using var db = database.NewContext();
        db.Users.Add(new People.User(secondExpert, "Erin Second", "erin@example.org", isSecretariat: false));
        db.Participants.Add(new Participant(Seed.ReviewId, secondExpert, ReviewRole.AgencyExpert, Seed.AgencyId));
        await db.SaveChangesAsync();
        await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AnswerTileId, [Seed.AgencyId], ExpectedVersion: 2) { ExpertIds = [secondExpert] }, Seed.FocalPointId);

        var notices = await new NotificationServices(db).Recipients.ForAsync(await database.Events.WaitForAsync<TileAssigned>());

        var notice = Assert.Single(notices);
        Assert.Equal((secondExpert, 6), (notice.UserId, notice.ArticleNumber!.Value));
    }

    [Fact]
    public async Task ForAsync_SentBackToAnswer_AssignedAgencysExpertsNotTheReviewerWhoMovedIt()
    {
        await using var db = database.NewContext();
        await database.Commands(db).Move.ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Answer, (await database.ReloadTileAsync(Seed.ReviewTileId)).Version), Seed.ReviewerId);

        var notices = await new NotificationServices(db).Recipients.ForAsync(await database.Events.WaitForAsync<TileMoved>());

        Assert.Equal([Seed.ExpertId], notices.Select(n => n.UserId));
        Assert.Equal(nameof(Column.Answer), notices[0].Detail);
    }

    [Fact]
    public async Task ForAsync_MovedToReviewBySecretariat_Reviewers()
    {
        await using var db = database.NewContext();
        var commands = database.Commands(db);
        await commands.SaveAnswer.ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Kenya's answer.", (await database.ReloadTileAsync(Seed.AnswerTileId)).Version), Seed.SecretariatId);
        await commands.Move.ExecuteAsync(new MoveTile(Seed.AnswerTileId, Column.Review, (await database.ReloadTileAsync(Seed.AnswerTileId)).Version), Seed.SecretariatId);

        var notices = await new NotificationServices(db).Recipients.ForAsync(await database.Events.WaitForAsync<TileMoved>());

        Assert.Equal([Seed.ReviewerId], notices.Select(n => n.UserId));
    }

    [Fact]
    public async Task ForAsync_CommentMentions_MentionedPeopleButNotTheAuthorNorWhoCannotSeeTheTile()
    {
        await using var db = database.NewContext();
        await database.Commands(db).AddComment.ExecuteAsync(new AddComment(Seed.ReviewTileId,
            "@Rita Reviewer @Fiona Focal @Stella Stakeholder @Ed Expert: see paragraph 2."), Seed.ExpertId);

        var notices = await new NotificationServices(db).Recipients.ForAsync(await database.Events.WaitForAsync<CommentAdded>());

        Assert.Equal([Seed.FocalPointId, Seed.ReviewerId], notices.Select(n => n.UserId).Order());
        Assert.All(notices, n => Assert.Equal(NotificationKind.Mentioned, n.Kind));
    }
}
