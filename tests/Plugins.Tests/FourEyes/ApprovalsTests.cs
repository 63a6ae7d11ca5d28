using System.Text.Json;
using Moq;
using Planner.Plugins.Tests.Builders;
using Planner.Plugins.Tests.Fakes;
using Planner.Samples.FourEyes.Approving;

namespace Planner.Plugins.Tests.FourEyes;

public sealed class ApprovalsTests : IDisposable
{
    private static readonly Guid TileId = new("c0000000-0000-0000-0000-000000000107");

    private readonly ApprovalGate gate = new();

    public void Dispose() => gate.Dispose();

    [Fact]
    public async Task AddAsync_FirstApproval_WritesJsonListUnderTheTileKeyScopedToTheReview()
    {
        var store = new Mock<IPluginStore>();
        string? written = null;
        store.Setup(s => s.SetAsync("four-eyes", TileSummaries.ReviewId, $"approvals:{TileId}", It.IsAny<string>(), People.Rita.UserId, It.IsAny<CancellationToken>()))
            .Callback((string _, Guid? _, string _, string value, Guid _, CancellationToken _) => written = value)
            .Returns(Task.CompletedTask);

        var added = await new Approvals(store.Object, gate).AddAsync(TileSummaries.ReviewId, TileId, new Approval(People.Rita.UserId, "Rita Reviewer", People.Now));

        Assert.True(added);
        store.Verify(s => s.GetAsync("four-eyes", TileSummaries.ReviewId, $"approvals:{TileId}", It.IsAny<CancellationToken>()), Times.Once);
        using var json = JsonDocument.Parse(written!);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(People.Rita.UserId, entry.GetProperty("userId").GetGuid());
        Assert.Equal("Rita Reviewer", entry.GetProperty("name").GetString());
        Assert.Equal(People.Now, entry.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task ListAsync_NothingStored_Empty()
    {
        var store = new Mock<IPluginStore>();

        var approvals = await new Approvals(store.Object, gate).ListAsync(TileSummaries.ReviewId, TileId);

        Assert.Empty(approvals);
    }

    [Fact]
    public async Task AddAsync_ManyReviewersAtOnce_NoApprovalLost()
    {
        var store = new InMemoryPluginStore();
        var reviewers = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(reviewers.Select(id => Task.Run(() =>
            new Approvals(store, gate).AddAsync(TileSummaries.ReviewId, TileId, new Approval(id, "Reviewer", People.Now)))));

        Assert.Equal(20, await new Approvals(store, gate).CountDistinctAsync(TileSummaries.ReviewId, TileId));
    }

    [Fact]
    public async Task ClearAsync_NoApprovals_WritesNothing()
    {
        var store = new InMemoryPluginStore();

        await new Approvals(store, gate).ClearAsync(TileSummaries.ReviewId, TileId, Guid.Empty);

        Assert.Empty(store.Writes);
    }
}
