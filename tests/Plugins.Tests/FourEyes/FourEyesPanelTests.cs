using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Access;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Plugins.Tests.Builders;
using Planner.Plugins.Tests.Fakes;
using Planner.Plugins.Tests.Persistence;
using Planner.Samples.FourEyes;
using Planner.Samples.FourEyes.Ui;

namespace Planner.Plugins.Tests.FourEyes;

public sealed class FourEyesPanelTests : IAsyncLifetime, IDisposable
{
    private readonly BunitContext bunit = new();
    private readonly InMemoryPluginStore store = new();
    private readonly UiCulture culture = UiCulture.Use("en");
    private ReviewDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await ReviewDatabase.CreateAsync();
        // What the host provides, then what the plugin registers.
        bunit.Services.AddLogging();
        bunit.Services.AddSingleton<IPluginStore>(store);
        bunit.Services.AddSingleton<TimeProvider>(new FixedClock(People.Now));
        bunit.Services.AddSingleton<IBoardEvents, InProcessBoardEvents>();
        bunit.Services.AddScoped(_ => new PlannerDbContext(database.Options()));
        bunit.Services.AddScoped<ReviewAccess>();
        new FourEyesPlugin().RegisterServices(bunit.Services, new ConfigurationBuilder().Build());
        bunit.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    public void Dispose()
    {
        bunit.Dispose();
        culture.Dispose();
    }

    [Fact]
    public void Render_ReviewerOnTileInReview_CountAsStatusAndApproveButtonDescribed()
    {
        var cut = Render(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        cut.WaitForAssertion(() => Assert.Equal("Approvals: 0 of 2", cut.Find("[role=status]").TextContent));
        var button = cut.Find("[data-testid=four-eyes-approve]");
        Assert.Equal("Approve", button.TextContent.Trim());
        var hint = cut.Find($"#{button.GetAttribute("aria-describedby")}");
        Assert.Contains("Each reviewer approves once", hint.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickApprove_Reviewer_CountRisesNameListedButtonGone()
    {
        var cut = Render(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);
        cut.WaitForElement("[data-testid=four-eyes-approve]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Approvals: 1 of 2", cut.Find("[role=status]").TextContent));
        var approvers = cut.Find("ul.four-eyes-approvers");
        Assert.Contains("Rita Reviewer", approvers.TextContent, StringComparison.Ordinal);
        Assert.NotNull(approvers.GetAttribute("aria-labelledby"));
        Assert.Empty(cut.FindAll("[data-testid=four-eyes-approve]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=four-eyes-you-approved]"));
    }

    [Fact]
    public void Render_FocalPoint_CountWithoutApproveButton()
    {
        var cut = Render(ReviewDatabase.ReviewTileId, ReviewDatabase.FocalPointId);

        cut.WaitForAssertion(() => Assert.Equal("Approvals: 0 of 2", cut.Find("[role=status]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=four-eyes-approve]"));
    }

    [Fact]
    public void Render_TileInAnswer_NoApproveButtonForReviewer()
    {
        var cut = Render(ReviewDatabase.AnswerTileId, ReviewDatabase.RitaId);

        cut.WaitForAssertion(() => Assert.Equal("Approvals: 0 of 2", cut.Find("[role=status]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=four-eyes-approve]"));
    }

    [Fact]
    public void Render_FrenchUiCulture_FrenchCountAndButton()
    {
        using var french = UiCulture.Use("fr");

        var cut = Render(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        cut.WaitForAssertion(() => Assert.Equal("Approbations : 0 sur 2", cut.Find("[role=status]").TextContent));
        Assert.Equal("Approuver", cut.Find("[data-testid=four-eyes-approve]").TextContent.Trim());
    }

    [Fact]
    public async Task BoardEventOnTheTile_ApprovedMeanwhile_PanelReloads()
    {
        var cut = Render(ReviewDatabase.ReviewTileId, ReviewDatabase.FocalPointId);
        cut.WaitForAssertion(() => Assert.Equal("Approvals: 0 of 2", cut.Find("[role=status]").TextContent));
        store.Put("four-eyes", ReviewDatabase.ReviewId, $"approvals:{ReviewDatabase.ReviewTileId}",
            $$"""[{"userId":"{{ReviewDatabase.RafaelId}}","name":"Rafael Reviewer","at":"2026-12-03T12:00:00+00:00"}]""");

        await bunit.Services.GetRequiredService<IBoardEvents>().PublishAsync(new CommentAdded(
            ReviewDatabase.ReviewId, ReviewDatabase.ReviewTileId, 6, Guid.NewGuid(), "Agreed.", "Rafael Reviewer", People.Now));

        cut.WaitForAssertion(() => Assert.Equal("Approvals: 1 of 2", cut.Find("[role=status]").TextContent));
        Assert.Contains("Rafael Reviewer", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Outsider_NotFoundAndNothingElse()
    {
        var cut = Render(ReviewDatabase.ReviewTileId, ReviewDatabase.OutsiderId);

        cut.WaitForAssertion(() => Assert.Equal("Not found, or you have no role on this review.", cut.Find("[role=status]").TextContent));
        Assert.Empty(cut.FindAll("button"));
    }

    private IRenderedComponent<FourEyesPanel> Render(Guid tileId, Guid userId) =>
        bunit.Render<FourEyesPanel>(p => p
            .Add(c => c.TileId, tileId)
            .Add(c => c.ReviewId, ReviewDatabase.ReviewId)
            .Add(c => c.UserId, userId));
}
