using Bunit;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

/// <summary>"Resources and contacts" on the tile panel: guidance links that open in a new tab, and how to reach the people on the review.</summary>
public sealed class ResourcesSectionTests : IAsyncLifetime
{
    private const string TechnicalGuide = "https://www.unodc.org/unodc/en/treaties/CAC/technical-guide.html";

    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Render_AgencyExpert_ShowsGuidanceLinkInNewTabAndReviewerContact()
    {
        var userId = await host.SignInAsync(SampleUsers.Expert);

        var cut = await RenderPanelAsync(10, userId);

        var section = cut.Find(".resources-section");
        Assert.Equal("Resources and contacts", section.QuerySelector("h3")!.TextContent);
        var link = section.QuerySelector($"a[href='{TechnicalGuide}']")!;
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Equal("(opens in a new tab)", link.QuerySelector(".sr-only")!.TextContent.Trim());
        Assert.StartsWith("Technical Guide to the United Nations Convention against Corruption", link.TextContent, StringComparison.Ordinal);
        var ruth = section.QuerySelector("[data-contact='Ruth Nakato']")!;
        Assert.Contains("Reviewer", ruth.TextContent, StringComparison.Ordinal);
        Assert.Equal("mailto:ruth.nakato@example.org", ruth.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_Stakeholder_SecretariatEmailOnlyAndNoReviewers()
    {
        var userId = await host.SignInAsync("nadia.haddad@example.org");

        var cut = await RenderPanelAsync(10, userId);

        var mailtos = cut.FindAll(".resources-section a[href^='mailto:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"mailto:{SampleUsers.Secretariat}"], mailtos);
        Assert.Empty(cut.FindAll(".resources-section [data-contact='Ruth Nakato']"));
        Assert.NotNull(cut.Find($".resources-section [data-contact='{SampleUsers.FocalPointName}']"));
    }

    private async Task<IRenderedComponent<TilePanel>> RenderPanelAsync(int article, Guid userId)
    {
        var tileId = await host.TileIdAsync(article);
        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".resources-section .contact-list")));
        return cut;
    }
}
