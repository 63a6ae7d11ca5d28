using Microsoft.EntityFrameworkCore;
using Planner.Board.Documents;
using Planner.Board.Documents.Commands;
using Planner.Board.Tests.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Documents;

public sealed class DeleteRestoreDocumentTests : IAsyncLifetime
{
    private readonly MemoryDocumentStore store = new();
    private BoardDatabase database = null!;
    private Guid documentId;

    public async Task InitializeAsync()
    {
        database = await BoardDatabase.CreateAsync();
        await using var commands = new DocumentCommands(database, store);
        documentId = (await commands.UploadAsync(Seed.AnswerTileId, "statistics.xlsx", DocumentSamples.Xlsx, Seed.FocalPointId)).Document!.Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Delete_ExpertOfAssignedAgency_MarkedDeletedContentKeptAndAudited()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), Seed.ExpertId);

        Assert.Equal(DocumentChangeStatus.Applied, result.Status);
        await using var db = database.NewContext();
        var stored = await db.Documents.SingleAsync();
        Assert.NotNull(stored.DeletedAt);
        Assert.Equal("Ed Expert", stored.DeletedByName);
        Assert.True(store.Files.ContainsKey(stored.StoredName));
        var entry = await db.AuditLog.Where(a => a.Entity == nameof(TileDocument)).OrderBy(a => a.Sequence).LastAsync();
        Assert.Equal(("modified", "Ed Expert"), (entry.Action, entry.ActorName));
        Assert.Contains("DeletedAt", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Deleted_HiddenFromOthersShownToTheSecretariat()
    {
        await using var commands = new DocumentCommands(database, store);
        await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), Seed.FocalPointId);

        var forReviewer = await commands.Queries.ListAsync(Seed.AnswerTileId, Seed.ReviewerId);
        var forSecretariat = await commands.Queries.ListAsync(Seed.AnswerTileId, Seed.SecretariatId);

        Assert.Empty(forReviewer!.Documents);
        Assert.Null(await commands.Queries.OpenAsync(documentId, Seed.ReviewerId));
        var shown = Assert.Single(forSecretariat!.Documents);
        Assert.True(shown.CanRestore);
        Assert.Equal(DocumentSamples.Xlsx, (await commands.Queries.OpenAsync(documentId, Seed.SecretariatId))!.Content);
    }

    [Theory]
    [InlineData(nameof(Seed.ReviewerId), Refusal.RoleMayNotDeleteDocument)]
    [InlineData(nameof(Seed.ObserverId), Refusal.RoleMayNotDeleteDocument)]
    [InlineData(nameof(Seed.OtherExpertId), Refusal.NotAssignedToYourAgency)]
    public async Task Delete_RoleThatMayNot_RefusedAndKept(string user, Refusal refusal)
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), (Guid)typeof(Seed).GetField(user)!.GetValue(null)!);

        Assert.Equal((DocumentChangeStatus.Refused, refusal), (result.Status, result.Refusal));
        await using var db = database.NewContext();
        Assert.Null((await db.Documents.SingleAsync()).DeletedAt);
    }

    [Fact]
    public async Task Restore_SecretariatAfterDelete_VisibleAgain()
    {
        await using var commands = new DocumentCommands(database, store);
        await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), Seed.FocalPointId);

        var result = await commands.Restore.ExecuteAsync(new RestoreDocument(documentId), Seed.SecretariatId);

        Assert.Equal(DocumentChangeStatus.Applied, result.Status);
        var list = await commands.Queries.ListAsync(Seed.AnswerTileId, Seed.ReviewerId);
        Assert.Null(Assert.Single(list!.Documents).DeletedAt);
    }

    [Fact]
    public async Task Restore_FocalPointAfterDelete_NotFound()
    {
        await using var commands = new DocumentCommands(database, store);
        await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), Seed.FocalPointId);

        var result = await commands.Restore.ExecuteAsync(new RestoreDocument(documentId), Seed.FocalPointId);

        Assert.Equal(DocumentChangeStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Restore_NotDeleted_RefusedDocumentNotDeleted()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.Restore.ExecuteAsync(new RestoreDocument(documentId), Seed.SecretariatId);

        Assert.Equal(Refusal.DocumentNotDeleted, result.Refusal);
    }

    [Fact]
    public async Task Delete_Twice_RefusedAlreadyDeleted()
    {
        await using var commands = new DocumentCommands(database, store);
        await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), Seed.SecretariatId);

        var result = await commands.Delete.ExecuteAsync(new DeleteDocument(documentId), Seed.SecretariatId);

        Assert.Equal(Refusal.DocumentAlreadyDeleted, result.Refusal);
    }

    [Fact]
    public async Task Delete_UnknownId_NotFound()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.Delete.ExecuteAsync(new DeleteDocument(Guid.NewGuid()), Seed.SecretariatId);

        Assert.Equal(DocumentChangeStatus.NotFound, result.Status);
    }
}
