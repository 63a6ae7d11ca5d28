using Planner.Board.Access;
using Planner.Plugins.Tests.Builders;
using Planner.Plugins.Tests.Fakes;
using Planner.Plugins.Tests.Persistence;
using Planner.Samples.FourEyes.Approving;

namespace Planner.Plugins.Tests.FourEyes;

public sealed class ApproveTileCommandTests : IAsyncLifetime, IDisposable
{
    private readonly InMemoryPluginStore store = new();
    private readonly ApprovalGate gate = new();
    private ReviewDatabase database = null!;

    public async Task InitializeAsync() => database = await ReviewDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    public void Dispose() => gate.Dispose();

    [Fact]
    public async Task ExecuteAsync_ReviewerOnTileInReview_ApprovedAndStoredWithNameAndTime()
    {
        var outcome = await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        Assert.Equal(ApproveOutcome.Approved, outcome);
        var approval = Assert.Single(await new Approvals(store, gate).ListAsync(ReviewDatabase.ReviewId, ReviewDatabase.ReviewTileId));
        Assert.Equal(new Approval(ReviewDatabase.RitaId, "Rita Reviewer", People.Now), approval);
        Assert.Equal(ReviewDatabase.RitaId, store.Writes.Single().UserId);
    }

    [Fact]
    public async Task ExecuteAsync_SameReviewerTwice_SecondAlreadyApproved()
    {
        await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        var outcome = await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        Assert.Equal(ApproveOutcome.AlreadyApproved, outcome);
        Assert.Single(store.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_TwoReviewers_BothApproved()
    {
        Assert.Equal(ApproveOutcome.Approved, await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId));
        Assert.Equal(ApproveOutcome.Approved, await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RafaelId));

        Assert.Equal(2, await new Approvals(store, gate).CountDistinctAsync(ReviewDatabase.ReviewId, ReviewDatabase.ReviewTileId));
    }

    [Fact]
    public async Task ExecuteAsync_Secretariat_NotReviewer()
    {
        Assert.Equal(ApproveOutcome.NotReviewer, await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.SecretariatId));
        Assert.Empty(store.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_FocalPoint_NotReviewer()
    {
        Assert.Equal(ApproveOutcome.NotReviewer, await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.FocalPointId));
    }

    [Fact]
    public async Task ExecuteAsync_TileInAnswer_NotInReview()
    {
        Assert.Equal(ApproveOutcome.NotInReview, await ExecuteAsync(ReviewDatabase.AnswerTileId, ReviewDatabase.RitaId));
        Assert.Empty(store.Writes);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownTile_NotFound()
    {
        Assert.Equal(ApproveOutcome.NotFound, await ExecuteAsync(Guid.NewGuid(), ReviewDatabase.RitaId));
    }

    [Fact]
    public async Task ExecuteAsync_UserWithNoRoleOnTheReview_NotFound()
    {
        Assert.Equal(ApproveOutcome.NotFound, await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.OutsiderId));
    }

    [Fact]
    public async Task ExecuteAsync_StakeholderOnUnsharedTile_NotFound()
    {
        Assert.Equal(ApproveOutcome.NotFound, await ExecuteAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.StakeholderId));
    }

    private async Task<ApproveOutcome> ExecuteAsync(Guid tileId, Guid userId)
    {
        await using var db = database.NewContext();
        var command = new ApproveTileCommand(db, new ReviewAccess(db), new Approvals(store, gate), new FixedClock(People.Now));
        return await command.ExecuteAsync(tileId, userId);
    }
}
