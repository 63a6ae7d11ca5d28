using Planner.Board.Documents;
using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Documents;

public sealed class DocumentRulesTests
{
    private static readonly Tile Assigned = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();
    private static readonly Tile InReview = new TileBuilder().InColumn(Column.Review).Build();

    public static TheoryData<string, Refusal?> UploadInAssign => new()
    {
        { nameof(Actors.Secretariat), null },
        { nameof(Actors.FocalPoint), null },
        { nameof(Actors.Expert), null },
        { nameof(Actors.Reviewer), Refusal.RoleMayNotUpload },
        { nameof(Actors.Observer), Refusal.RoleMayNotUpload },
    };

    [Theory]
    [MemberData(nameof(UploadInAssign))]
    public void CanUpload_TileInAssign_ByRole(string actor, Refusal? expected) =>
        Assert.Equal(expected, DocumentRules.CanUpload(ActorNamed(actor), Assigned).Refusal);

    [Fact]
    public void CanUpload_ExpertOfAnotherAgency_RefusedNotAssignedToYourAgency() =>
        Assert.Equal(Refusal.NotAssignedToYourAgency,
            DocumentRules.CanUpload(Actors.Expert with { AgencyId = Actors.OtherAgency }, Assigned).Refusal);

    [Fact]
    public void CanUpload_TileInReview_RefusedDocumentsLocked() =>
        Assert.Equal(Refusal.DocumentsLocked, DocumentRules.CanUpload(Actors.Secretariat, InReview).Refusal);

    [Theory]
    [InlineData(0, Refusal.FileEmpty)]
    [InlineData(-1, Refusal.FileEmpty)]
    [InlineData(DocumentRules.DefaultMaxFileSize + 1, Refusal.FileTooLarge)]
    public void CheckSize_OutOfBounds_Refused(long size, Refusal expected) =>
        Assert.Equal(expected, DocumentRules.CheckSize(size, DocumentRules.DefaultMaxFileSize).Refusal);

    [Fact]
    public void CheckSize_TooLarge_DetailIsTheLimitInMegabytes() =>
        Assert.Equal("20", DocumentRules.CheckSize(DocumentRules.DefaultMaxFileSize + 1, DocumentRules.DefaultMaxFileSize).Detail);

    [Fact]
    public void CheckSize_AtTheLimit_Allowed() =>
        Assert.True(DocumentRules.CheckSize(DocumentRules.DefaultMaxFileSize, DocumentRules.DefaultMaxFileSize).IsAllowed);

    private static Actor ActorNamed(string name) => (Actor)typeof(Actors).GetProperty(name)!.GetValue(null)!;
}
