using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Documents;
using Planner.Board.Documents.Commands;
using Planner.Board.Persistence;
using Planner.Board.Tests.Persistence;

namespace Planner.Board.Tests.Documents;

/// <summary>
/// The document use cases wired as the host wires them, over one audited context of their own
/// and an in-memory store; events go to the database's recorder.
/// </summary>
internal sealed class DocumentCommands : IAsyncDisposable
{
    private readonly AuditActor actor = new();

    public DocumentCommands(BoardDatabase database, MemoryDocumentStore store, long maxFileSize = DocumentRules.DefaultMaxFileSize)
    {
        ArgumentNullException.ThrowIfNull(database);
        Db = database.NewContext(actor);
        var options = new DocumentOptions { MaxFileSize = maxFileSize };
        var access = new ReviewAccess(Db);
        var runner = new DocumentChangeRunner(Db, access, database.Events.Stream, TimeProvider.System, actor);
        Upload = new UploadDocumentCommand(runner, Db, store, options);
        Delete = new DeleteDocumentCommand(runner);
        Restore = new RestoreDocumentCommand(runner);
        Queries = new DocumentQueries(Db, access, store, options);
    }

    public PlannerDbContext Db { get; }

    public UploadDocumentCommand Upload { get; }

    public DeleteDocumentCommand Delete { get; }

    public RestoreDocumentCommand Restore { get; }

    public DocumentQueries Queries { get; }

    public Task<DocumentChangeResult> UploadAsync(Guid tileId, string fileName, byte[] content, Guid userId)
    {
        using var stream = new MemoryStream(content);
        return Upload.ExecuteAsync(new UploadDocument(tileId, fileName, stream), userId);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
