using Bunit;
using Planner.Board.Documents.Commands;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Components;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>The XSS corpus as uploaded files' names: stored sanitised, rendered as inert text.</summary>
public sealed class XssFileNameTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task DocumentSection_EveryPayloadAsAFileName_NoActiveContentRendered()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(13);
        var stored = 0;
        foreach (var payload in XssPayloads.All)
        {
            using var content = new MemoryStream("year,cases\n2024,98\n"u8.ToArray());
            var result = await host.RunAsync<UploadDocumentCommand, DocumentChangeResult>(c =>
                c.ExecuteAsync(new UploadDocument(tileId, payload + ".csv", content), userId));
            stored += result.Status == DocumentChangeStatus.Applied ? 1 : 0;
        }

        var cut = host.Bunit.Render<DocumentSection>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.Equal(stored, cut.FindAll("li[data-document-id]").Count));

        Assert.True(stored >= XssPayloads.All.Count / 2, $"only {stored} of {XssPayloads.All.Count} names were accepted");
        Assert.Empty(ActiveContent.InFragment(cut.Markup));
        Assert.All(cut.FindAll("li[data-document-id] a"), link => Assert.DoesNotContain('<', link.TextContent));
    }
}
