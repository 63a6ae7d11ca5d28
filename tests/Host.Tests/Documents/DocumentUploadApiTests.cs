using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Documents;
using Planner.Board.Workflow;
using Planner.Host.Documents;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Documents;

public sealed class DocumentUploadApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Upload_ExpertPdf_Returns201AndDownloadReturnsIdenticalBytes()
    {
        using var client = app.ClientAs(SampleUsers.Expert);

        using var response = await client.UploadAsync(app.TileId(13), "Anti-Corruption Act 2003.pdf", DocumentFiles.Pdf);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.ReadAsync<DocumentView>();
        Assert.Equal(("Anti-Corruption Act 2003.pdf", DocumentType.Pdf), (document.FileName, document.Type));
        using var download = await client.DownloadAsync(document.Id);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(DocumentFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Anti-Corruption Act 2003.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Upload_DocxNamedPdf_StoredAsDocxWithDocxName()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.UploadAsync(app.TileId(13), "answer.pdf", DocumentFiles.Docx);

        var document = await response.ReadAsync<DocumentView>();
        Assert.Equal(("answer.docx", DocumentType.Docx), (document.FileName, document.Type));
        using var download = await client.DownloadAsync(document.Id);
        Assert.Equal(DocumentType.Docx.ContentType(), download.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("empty.pdf", nameof(Refusal.FileEmpty), "The file is empty.")]
    [InlineData("oversize.pdf", nameof(Refusal.FileTooLarge), "The file is too large (at most 20 MB).")]
    [InlineData("invoice.pdf", nameof(Refusal.FileTypeNotAllowed), "This kind of file is not accepted.")]
    [InlineData("random.pdf", nameof(Refusal.FileTypeNotAllowed), "the type is read from the file's content")]
    [InlineData("../../etc/passwd", nameof(Refusal.FileNameNotAllowed), "The file name points outside its folder")]
    [InlineData("..\\..\\x.pdf", nameof(Refusal.FileNameNotAllowed), "Rename the file")]
    public async Task Upload_BadFile_Returns400WithClearMessageAndStoresNothing(string fileName, string refusal, string message)
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var content = fileName switch
        {
            "empty.pdf" => [],
            "oversize.pdf" => Enumerable.Repeat((byte)'a', (int)DocumentRules.DefaultMaxFileSize + 1).ToArray(),
            "invoice.pdf" => DocumentFiles.Executable,
            "random.pdf" => DocumentFiles.RandomBytes(4096),
            _ => DocumentFiles.Pdf,
        };

        using var response = await client.UploadAsync(app.TileId(13), fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(refusal, problem.StringExtension("refusal"));
        Assert.Contains(message, problem.Detail, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task Upload_RequestInFrench_MessageInFrench()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await client.UploadAsync(app.TileId(13), "vide.txt", []);

        Assert.Equal("Le fichier est vide.", (await response.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task Upload_NoFileField_Returns400AskingForTheField()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.UploadAsync(app.TileId(13), "law.pdf", DocumentFiles.Pdf, field: "document");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"file\"", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task Upload_Text_FileOnDiskIsEncrypted()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.UploadAsync(app.TileId(13), "notes.txt", DocumentFiles.Text);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.ReadAsync<DocumentView>();
        var storedName = app.WithDb(db => db.Documents.Single(d => d.Id == document.Id).StoredName);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(StoreFolder(), storedName));
        Assert.Equal("PLD1"u8.ToArray(), onDisk[..4]);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf(Encoding.UTF8.GetBytes(DocumentFiles.Marker)));
        Assert.Equal(-1, onDisk.AsSpan().IndexOf("PLAINTEXT"u8));
        Assert.Equal(-1, onDisk.AsSpan().IndexOf(Encoding.Unicode.GetBytes("PLAINTEXT")));
        using var download = await client.DownloadAsync(document.Id);
        Assert.Equal(DocumentFiles.Text, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_Reviewer_Returns403AndStoresNothing()
    {
        using var client = app.ClientAs(SampleUsers.Reviewer);

        using var response = await client.UploadAsync(app.TileId(13), "law.pdf", DocumentFiles.Pdf);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(nameof(Refusal.RoleMayNotUpload), (await response.ReadProblemAsync()).StringExtension("refusal"));
        AssertNothingStored();
    }

    [Fact]
    public async Task Upload_UserWithoutRole_Returns404()
    {
        using var client = app.ClientAs(app.AddUserWithoutRole());

        using var response = await client.UploadAsync(app.TileId(13), "law.pdf", DocumentFiles.Pdf);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNothingStored();
    }

    [Fact]
    public async Task Upload_NotSignedIn_Returns401()
    {
        using var client = app.Anonymous();

        using var response = await client.UploadAsync(app.TileId(13), "law.pdf", DocumentFiles.Pdf);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertNothingStored();
    }

    [Fact]
    public async Task Upload_CrossSiteBrowserRequest_Returns403()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "cross-site");

        using var response = await client.UploadAsync(app.TileId(13), "law.pdf", DocumentFiles.Pdf);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingStored();
    }

    private string StoreFolder() => ((EncryptedFileStore)app.Services.GetRequiredService<IDocumentStore>()).Folder;

    private void AssertNothingStored()
    {
        Assert.Equal(0, app.WithDb(db => db.Documents.Count()));
        Assert.Equal(0, app.WithDb(db => db.AuditLog.Count(a => a.Entity == nameof(TileDocument))));
        Assert.Empty(Directory.EnumerateFileSystemEntries(StoreFolder(), "*", SearchOption.AllDirectories));
    }
}
