using Bunit;
using Planner.Board.Resources;
using Planner.Host.Components.Resources;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

/// <summary>The secretariat's /resources page: labelled fields, a readable refusal that keeps what was typed, and the list.</summary>
public sealed class ResourcesPageTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Submit_SecretariatAddsResourceForArticle_ListedAndShownOnTheArticle()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ResourcesPage>();

        cut.Find("#resource-article").Change("12");
        cut.Find("#resource-title").Change("Private sector integrity: company guide");
        cut.Find("#resource-url").Change("https://www.unodc.org/unodc/en/corruption/index.html");
        cut.Find("form.resource-form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("“Private sector integrity: company guide” added.", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        Assert.Contains(cut.FindAll("table.resources a"), a => a.TextContent.StartsWith("Private sector integrity", StringComparison.Ordinal));
        var onArticle = await host.RunAsync<ResourceQueries, IReadOnlyList<ResourceView>?>(q => q.ForArticleAsync(12));
        Assert.Contains(onArticle!, r => r is { Title: "Private sector integrity: company guide", ArticleNumber: 12 });
    }

    [Fact]
    public async Task Submit_LinkNotHttp_ReadableErrorAndTypedTextKept()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ResourcesPage>();

        cut.Find("#resource-title").Change("Local copy");
        cut.Find("#resource-url").Change("file:///C:/guides/uncac.pdf");
        cut.Find("form.resource-form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("The link must be a full web address starting with https:// or http://.", cut.Find("[role=alert]").TextContent));
        Assert.Equal("Local copy", cut.Find("#resource-title").GetAttribute("value"));
        Assert.Equal("file:///C:/guides/uncac.pdf", cut.Find("#resource-url").GetAttribute("value"));
        foreach (var id in new[] { "resource-article", "resource-title", "resource-url", "resource-description", "resource-language" })
        {
            Assert.NotNull(cut.Find($"label[for='{id}']"));
        }
    }

    [Fact]
    public async Task Render_NotSecretariat_NotFound()
    {
        await host.SignInAsync(SampleUsers.FocalPoint);

        var cut = host.Bunit.Render<ResourcesPage>();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("form.resource-form")));
        Assert.Equal("There is nothing here, or you have no role on it.", cut.Find("p").TextContent);
    }
}
