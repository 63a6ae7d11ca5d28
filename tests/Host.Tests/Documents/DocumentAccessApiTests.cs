using System.Net;
using Planner.Board.Documents;
using Planner.Board.Workflow;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Documents;

public sealed class DocumentAccessApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();
    private Guid documentId;

    public async Task InitializeAsync()
    {
        using var client = app.ClientAs(SampleUsers.Expert);
        using var response = await client.UploadAsync(app.TileId(13), "statistics.csv", "year,cases\n2024,98\n"u8.ToArray());
        documentId = (await response.ReadAsync<DocumentView>()).Id;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ListAndDownload_UserWithoutRole_Returns404()
    {
        using var client = app.ClientAs(app.AddUserWithoutRole());

        using var list = await client.ListDocumentsAsync(app.TileId(13));
        using var download = await client.DownloadAsync(documentId);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, download.StatusCode));
        Assert.Equal("Not found, or you have no role on this review.", (await download.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task Download_UnknownId_Returns404()
    {
        using var client = app.ClientAs(SampleUsers.Secretariat);

        using var response = await client.DownloadAsync(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_Reviewer_Returns200WithCsv()
    {
        using var client = app.ClientAs(SampleUsers.Reviewer);

        using var response = await client.DownloadAsync(documentId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("year,cases\n2024,98\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task List_Observer_SeesTheDocumentButMayNotUploadOrDelete()
    {
        using var client = app.ClientAs(SampleUsers.Observer);

        var list = await client.DocumentsAsync(app.TileId(13));

        Assert.False(list.CanUpload);
        var document = Assert.Single(list.Documents);
        Assert.Equal(("statistics.csv", "Grace Wanjiru", false), (document.FileName, document.UploadedBy, document.CanDelete));
    }

    [Fact]
    public async Task Delete_Reviewer_Returns403()
    {
        using var client = app.ClientAs(SampleUsers.Reviewer);

        using var response = await client.DeleteDocumentAsync(documentId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(nameof(Refusal.RoleMayNotDeleteDocument), (await response.ReadProblemAsync()).StringExtension("refusal"));
    }

    [Fact]
    public async Task DeleteThenRestore_BySecretariat_HiddenThenBackAndAudited()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var deleted = await focalPoint.DeleteDocumentAsync(documentId);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty((await reviewer.DocumentsAsync(app.TileId(13))).Documents);
        using (var hidden = await reviewer.DownloadAsync(documentId))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }
        using (var notTheirs = await focalPoint.RestoreDocumentAsync(documentId))
        {
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }
        var seenBySecretariat = Assert.Single((await secretariat.DocumentsAsync(app.TileId(13))).Documents);
        Assert.Equal((SampleUsers.FocalPointName, true), (seenBySecretariat.DeletedBy, seenBySecretariat.CanRestore));
        using (var recoverable = await secretariat.DownloadAsync(documentId))
        {
            Assert.Equal(HttpStatusCode.OK, recoverable.StatusCode);
        }

        using var restored = await secretariat.RestoreDocumentAsync(documentId);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Null(Assert.Single((await reviewer.DocumentsAsync(app.TileId(13))).Documents).DeletedAt);
        var audit = app.WithDb(db => db.AuditLog.Where(a => a.Entity == nameof(TileDocument) && a.EntityKey == documentId.ToString())
            .OrderBy(a => a.Sequence).Select(a => new { a.Action, a.ActorName }).ToList());
        Assert.Equal(
            [("added", "Grace Wanjiru"), ("modified", SampleUsers.FocalPointName), ("modified", SampleUsers.SecretariatName)],
            audit.Select(a => (a.Action, a.ActorName)));
    }

    [Fact]
    public async Task Restore_NotDeleted_Returns400()
    {
        using var client = app.ClientAs(SampleUsers.Secretariat);

        using var response = await client.RestoreDocumentAsync(documentId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(nameof(Refusal.DocumentNotDeleted), (await response.ReadProblemAsync()).StringExtension("refusal"));
    }
}
