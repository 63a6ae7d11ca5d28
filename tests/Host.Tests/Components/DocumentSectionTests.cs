using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Planner.Board.Documents.Commands;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

public sealed class DocumentSectionTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Render_FocalPoint_ShowsDocumentLinkAndLabelledUpload()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var documentId = await UploadAsync(13, "law.pdf", userId);

        var cut = await RenderAsync(13, userId);

        var link = cut.Find($"a[href='/api/documents/{documentId}']");
        Assert.Equal("law.pdf", link.TextContent);
        Assert.Equal("Add a document", cut.Find("label[for=document-upload]").TextContent);
        Assert.NotNull(cut.Find("input#document-upload[type=file]"));
        Assert.Equal("Remove law.pdf", cut.Find("li[data-document-id] button").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Render_Reviewer_ShowsDocumentWithoutUploadOrRemove()
    {
        var focalPoint = await host.UserIdAsync(SampleUsers.FocalPoint);
        var userId = await host.SignInAsync(SampleUsers.Reviewer);
        await UploadAsync(13, "law.pdf", focalPoint);

        var cut = await RenderAsync(13, userId);

        Assert.Single(cut.FindAll("li[data-document-id]"));
        Assert.Empty(cut.FindAll("input[type=file]"));
        Assert.Empty(cut.FindAll("li[data-document-id] button"));
    }

    [Fact]
    public async Task Upload_RenamedExecutable_ShowsAlertAndListsNothing()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var cut = await RenderAsync(13, userId);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], "setup.pdf"));

        cut.WaitForAssertion(() => Assert.StartsWith("This kind of file is not accepted.", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("li[data-document-id]"));
    }

    [Fact]
    public async Task Upload_Pdf_ListsIt()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var cut = await RenderAsync(13, userId);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Pdf, "Ley 2003.pdf"));

        cut.WaitForAssertion(() => Assert.Equal("Ley 2003.pdf", cut.Find("li[data-document-id] a").TextContent));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Restore_SecretariatOnRemovedDocument_ShowsItAgain()
    {
        var focalPoint = await host.UserIdAsync(SampleUsers.FocalPoint);
        // Services are complete once someone signs in, so that comes before any use case runs.
        var userId = await host.SignInAsync(SampleUsers.Secretariat);
        var documentId = await UploadAsync(13, "law.pdf", focalPoint);
        await host.RunAsync<DeleteDocumentCommand, DocumentChangeResult>(c => c.ExecuteAsync(new DeleteDocument(documentId), focalPoint));
        var cut = await RenderAsync(13, userId);
        Assert.Contains("removed", cut.Find("li[data-document-id]").ClassName, StringComparison.Ordinal);

        cut.Find("button[aria-label='Restore law.pdf']").Click();

        cut.WaitForAssertion(() => Assert.DoesNotContain("removed", cut.Find("li[data-document-id]").ClassName, StringComparison.Ordinal));
    }

    private async Task<IRenderedComponent<DocumentSection>> RenderAsync(int article, Guid userId)
    {
        var tileId = await host.TileIdAsync(article);
        var cut = host.Bunit.Render<DocumentSection>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("ul.document-list")));
        return cut;
    }

    private async Task<Guid> UploadAsync(int article, string fileName, Guid userId)
    {
        var tileId = await host.TileIdAsync(article);
        using var content = new MemoryStream(Pdf);
        var result = await host.RunAsync<UploadDocumentCommand, DocumentChangeResult>(c =>
            c.ExecuteAsync(new UploadDocument(tileId, fileName, content), userId));
        return result.Document!.Id;
    }
}
