using Microsoft.EntityFrameworkCore;
using Planner.Board.Documents;
using Planner.Board.Documents.Commands;
using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Documents;

public sealed class UploadDocumentCommandTests : IAsyncLifetime
{
    private readonly MemoryDocumentStore store = new();
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_FocalPointUploadsPdf_StoredSavedAndPublished()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.UploadAsync(Seed.AssignedTileId, "C:\\fakepath\\Ley 2003.pdf", DocumentSamples.Pdf, Seed.FocalPointId);

        Assert.Equal(DocumentChangeStatus.Applied, result.Status);
        var view = result.Document!;
        Assert.Equal("Ley 2003.pdf", view.FileName);
        Assert.Equal(DocumentType.Pdf, view.Type);
        Assert.Equal("application/pdf", view.ContentType);
        Assert.Equal(DocumentSamples.Pdf.Length, view.Size);
        Assert.Equal("Fiona Focal", view.UploadedBy);
        await using var db = database.NewContext();
        var stored = await db.Documents.SingleAsync();
        Assert.Matches("^[0-9a-f]{32}\\.bin$", stored.StoredName);
        Assert.Equal(DocumentSamples.Pdf, store.Files[stored.StoredName]);
        var published = await database.Events.WaitForAsync<DocumentsChanged>();
        Assert.Equal((Seed.AssignedTileId, stored.Id, DocumentChange.Added), (published.TileId, published.DocumentId, published.Change));
    }

    [Fact]
    public async Task ExecuteAsync_Upload_AuditedAgainstTheUploader()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.UploadAsync(Seed.AnswerTileId, "cases.csv", DocumentSamples.Csv, Seed.ExpertId);

        await using var db = database.NewContext();
        var entry = await db.AuditLog.SingleAsync(a => a.Entity == nameof(TileDocument));
        Assert.Equal(("added", "Ed Expert", Seed.AnswerTileId, Seed.ReviewId), (entry.Action, entry.ActorName, entry.TileId, entry.ReviewId));
        Assert.Equal(result.Document!.Id.ToString(), entry.EntityKey);
    }

    [Theory]
    [InlineData(nameof(Seed.ReviewerId), Refusal.RoleMayNotUpload)]
    [InlineData(nameof(Seed.ObserverId), Refusal.RoleMayNotUpload)]
    [InlineData(nameof(Seed.OtherExpertId), Refusal.NotAssignedToYourAgency)]
    public async Task ExecuteAsync_RoleThatMayNot_RefusedAndNothingStored(string user, Refusal refusal)
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.UploadAsync(Seed.AssignedTileId, "law.pdf", DocumentSamples.Pdf, UserId(user));

        Assert.Equal((DocumentChangeStatus.Refused, refusal), (result.Status, result.Refusal));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ExecuteAsync_TileInReview_RefusedDocumentsLocked()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.UploadAsync(Seed.ReviewTileId, "law.pdf", DocumentSamples.Pdf, Seed.SecretariatId);

        Assert.Equal(Refusal.DocumentsLocked, result.Refusal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ExecuteAsync_Outsider_NotFound()
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.UploadAsync(Seed.AssignedTileId, "law.pdf", DocumentSamples.Pdf, Seed.OutsiderId);

        Assert.Equal(DocumentChangeStatus.NotFound, result.Status);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ExecuteAsync_OverTheLimit_RefusedFileTooLargeWithTheLimit()
    {
        await using var commands = new DocumentCommands(database, store, maxFileSize: 512 * 1024);

        var result = await commands.UploadAsync(Seed.AssignedTileId, "big.txt", new byte[(512 * 1024) + 1], Seed.FocalPointId);

        Assert.Equal((Refusal.FileTooLarge, "0.5"), (result.Refusal, result.Detail));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ExecuteAsync_ExactlyTheLimit_Applied()
    {
        await using var commands = new DocumentCommands(database, store, maxFileSize: 1024);

        var result = await commands.UploadAsync(Seed.AssignedTileId, "a.txt", Enumerable.Repeat((byte)'b', 1024).ToArray(), Seed.FocalPointId);

        Assert.Equal(DocumentChangeStatus.Applied, result.Status);
    }

    [Theory]
    [InlineData("empty.pdf", Refusal.FileEmpty)]
    [InlineData("setup.pdf", Refusal.FileTypeNotAllowed)]
    [InlineData("random.docx", Refusal.FileTypeNotAllowed)]
    [InlineData("archive.docx", Refusal.FileTypeNotAllowed)]
    public async Task ExecuteAsync_BadFile_RefusedAndNothingStored(string fileName, Refusal refusal)
    {
        await using var commands = new DocumentCommands(database, store);
        var content = fileName switch
        {
            "empty.pdf" => [],
            "setup.pdf" => DocumentSamples.Executable,
            "random.docx" => DocumentSamples.RandomBytes(2048),
            _ => DocumentSamples.PlainZip,
        };

        var result = await commands.UploadAsync(Seed.AssignedTileId, fileName, content, Seed.FocalPointId);

        Assert.Equal((DocumentChangeStatus.Refused, refusal), (result.Status, result.Refusal));
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\x.pdf")]
    [InlineData("reports/../../x.pdf")]
    public async Task ExecuteAsync_PathTraversalName_RefusedFileNameNotAllowed(string fileName)
    {
        await using var commands = new DocumentCommands(database, store);

        var result = await commands.UploadAsync(Seed.AssignedTileId, fileName, DocumentSamples.Pdf, Seed.FocalPointId);

        Assert.Equal((DocumentChangeStatus.Refused, Refusal.FileNameNotAllowed), (result.Status, result.Refusal));
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(store.Files);
        await using var db = database.NewContext();
        Assert.False(await db.Documents.AnyAsync());
        Assert.False(await db.AuditLog.AnyAsync(a => a.Entity == nameof(TileDocument)));
    }

    private static Guid UserId(string name) => (Guid)typeof(Seed).GetField(name)!.GetValue(null)!;
}
