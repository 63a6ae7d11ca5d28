using Planner.Board.Events;
using Planner.Board.Tiles;
using Planner.Plugins.Tests.Builders;
using Planner.Plugins.Tests.Fakes;
using Planner.Samples.FourEyes;
using Planner.Samples.FourEyes.Approving;
using Planner.Samples.FourEyes.Rule;

namespace Planner.Plugins.Tests.FourEyes;

public sealed class FourEyesHookTests : IDisposable
{
    private readonly InMemoryPluginStore store = new();
    private readonly ApprovalGate gate = new();
    private readonly UiCulture culture = UiCulture.Use("en");

    public void Dispose()
    {
        culture.Dispose();
        gate.Dispose();
    }

    [Fact]
    public async Task BeforeTileMoveAsync_FinaliseWithNoApprovals_Refused()
    {
        var tile = TileSummaries.InColumn(Column.Review);

        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, tile, Column.Finalise), default);

        Assert.False(decision.IsAllowed);
        Assert.Equal("This article must be approved by 2 different reviewers before it is finalised (0 of 2 so far).", decision.Refusal);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_FinaliseWithOneApproval_RefusedWithCountSoFar()
    {
        var tile = TileSummaries.InColumn(Column.Review);
        await ApproveAsync(tile.Id, People.Rita);

        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Rita, tile, Column.Finalise), default);

        Assert.False(decision.IsAllowed);
        Assert.Equal("This article must be approved by 2 different reviewers before it is finalised (1 of 2 so far).", decision.Refusal);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_FinaliseWithTwoDistinctReviewers_Allowed()
    {
        var tile = TileSummaries.InColumn(Column.Review);
        await ApproveAsync(tile.Id, People.Rita);
        await ApproveAsync(tile.Id, People.Rafael);

        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, tile, Column.Finalise), default);

        Assert.True(decision.IsAllowed);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_SameReviewerApprovedTwice_CountsOnce()
    {
        var tile = TileSummaries.InColumn(Column.Review);
        Assert.True(await ApproveAsync(tile.Id, People.Rita));
        Assert.False(await ApproveAsync(tile.Id, People.Rita));

        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, tile, Column.Finalise), default);

        Assert.False(decision.IsAllowed);
        Assert.Contains("(1 of 2 so far)", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_StoredListRepeatsAReviewer_CountsOnce()
    {
        // Written by hand or by another tool: the rule counts people, not entries.
        var tile = TileSummaries.InColumn(Column.Review);
        var rita = People.Rita.UserId;
        store.Put(FourEyesPlugin.PluginId, tile.ReviewId, Approvals.Key(tile.Id),
            $$"""[{"userId":"{{rita}}","name":"Rita Reviewer","at":"2026-12-01T10:00:00+00:00"},{"userId":"{{rita}}","name":"Rita Reviewer","at":"2026-12-02T10:00:00+00:00"}]""");

        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, tile, Column.Finalise), default);

        Assert.False(decision.IsAllowed);
        Assert.Contains("(1 of 2 so far)", decision.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Column.Assign, Column.Answer)]
    [InlineData(Column.Answer, Column.Assign)]
    [InlineData(Column.Answer, Column.Review)]
    [InlineData(Column.Review, Column.Answer)]
    [InlineData(Column.Finalise, Column.Review)]
    public async Task BeforeTileMoveAsync_TargetNotFinalise_AllowedWithoutApprovals(Column from, Column to)
    {
        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, TileSummaries.InColumn(from), to), default);

        Assert.True(decision.IsAllowed);
        Assert.Null(decision.Refusal);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_RequiredApprovalsOneWithOneApproval_Allowed()
    {
        var tile = TileSummaries.InColumn(Column.Review);
        await ApproveAsync(tile.Id, People.Rita);

        var decision = await Hook(required: 1).BeforeTileMoveAsync(new TileMoveContext(People.Rita, tile, Column.Finalise), default);

        Assert.True(decision.IsAllowed);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_RequiredApprovalsOneWithNone_RefusedInTheSingular()
    {
        var decision = await Hook(required: 1).BeforeTileMoveAsync(
            new TileMoveContext(People.Rita, TileSummaries.InColumn(Column.Review), Column.Finalise), default);

        Assert.Equal("This article must be approved by a reviewer before it is finalised (0 of 1 so far).", decision.Refusal);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_FrenchUiCulture_RefusedInFrench()
    {
        var tile = TileSummaries.InColumn(Column.Review);
        await ApproveAsync(tile.Id, People.Rita);
        using var french = UiCulture.Use("fr");

        var decision = await Hook(required: 2).BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, tile, Column.Finalise), default);

        Assert.Equal(
            "Cet article doit être approuvé par 2 examinateurs différents avant d’être finalisé (1 sur 2 à ce jour).",
            decision.Refusal);
    }

    [Theory]
    [InlineData("fr-CH")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh-Hans")]
    [InlineData("ar-EG")]
    public async Task BeforeTileMoveAsync_OtherUnLanguage_RefusedInThatLanguageWithCounts(string cultureName)
    {
        using var language = UiCulture.Use(cultureName);

        var decision = await Hook(required: 3).BeforeTileMoveAsync(
            new TileMoveContext(People.Secretariat, TileSummaries.InColumn(Column.Review), Column.Finalise), default);

        Assert.DoesNotContain("reviewer", decision.Refusal, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0", decision.Refusal, StringComparison.Ordinal);
        Assert.Contains("3", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTileMoveAsync_LanguageThePluginLacks_RefusedInEnglish()
    {
        using var german = UiCulture.Use("de");

        var decision = await Hook(required: 2).BeforeTileMoveAsync(
            new TileMoveContext(People.Secretariat, TileSummaries.InColumn(Column.Review), Column.Finalise), default);

        Assert.StartsWith("This article must be approved", decision.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Column.Finalise, Column.Review)]
    [InlineData(Column.Review, Column.Answer)]
    public async Task AfterChangeAsync_TileSentBack_ApprovalsCleared(Column from, Column to)
    {
        var tile = TileSummaries.InColumn(to);
        await ApproveAsync(tile.Id, People.Rita);

        await Hook(required: 2).AfterChangeAsync(new TileMoved(tile.ReviewId, tile.Id, 6, from, to, "Sam Secretariat", People.Now), default);

        Assert.Empty(await NewApprovals().ListAsync(tile.ReviewId, tile.Id));
        Assert.Equal(FourEyesHook.PluginUserId, store.Writes.Last().UserId);
    }

    [Theory]
    [InlineData(Column.Review, Column.Finalise)]
    [InlineData(Column.Answer, Column.Review)]
    public async Task AfterChangeAsync_TileMovedForward_ApprovalsKept(Column from, Column to)
    {
        var tile = TileSummaries.InColumn(to);
        await ApproveAsync(tile.Id, People.Rita);

        await Hook(required: 2).AfterChangeAsync(new TileMoved(tile.ReviewId, tile.Id, 6, from, to, "Sam Secretariat", People.Now), default);

        Assert.Single(await NewApprovals().ListAsync(tile.ReviewId, tile.Id));
    }

    [Fact]
    public async Task AfterChangeAsync_CommentAdded_ApprovalsKept()
    {
        var tile = TileSummaries.InColumn(Column.Review);
        await ApproveAsync(tile.Id, People.Rita);

        await Hook(required: 2).AfterChangeAsync(
            new CommentAdded(tile.ReviewId, tile.Id, 5, Guid.NewGuid(), "Looks right.", "Rita Reviewer", People.Now), default);

        Assert.Single(await NewApprovals().ListAsync(tile.ReviewId, tile.Id));
    }

    private Approvals NewApprovals() => new(store, gate);

    private FourEyesHook Hook(int required) => new(NewApprovals(), FourEyesSettings.Requiring(required));

    private Task<bool> ApproveAsync(Guid tileId, Planner.Board.Workflow.Actor reviewer) =>
        NewApprovals().AddAsync(TileSummaries.ReviewId, tileId, new Approval(reviewer.UserId, reviewer.DisplayName, People.Now));
}
