using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Planner.Host.Components.Board;
using Planner.Host.Plugins;
using Planner.Host.Tests.Components;
using Planner.Host.Tests.Hosting;
using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

public sealed class PluginContributionTests
{
    [Fact]
    public async Task CollectDocumentSections_OneThrows_OthersInOrderAndThePluginFaulted()
    {
        await using var app = TestPlugin.HostWith(services =>
        {
            services.AddScoped<IDocumentSection, SummarySection>();
            services.AddScoped<IDocumentSection, BrokenSection>();
            services.AddScoped<IDocumentSection, IntroSection>();
        });
        using var scope = app.Services.CreateScope();

        var sections = await scope.ServiceProvider.GetRequiredService<PluginDocumentSections>()
            .CollectAsync(new DocumentSectionContext(app.ReviewId, GeneratedDocument.CountryReviewReport, "fr"));

        // The first failure faults the plugin, so its later sections are skipped too: a plugin is trusted whole or not at all.
        Assert.Equal(["Approvals"], sections.Select(s => s.Heading));
        Assert.Equal("All approved (fr).", sections[0].Markdown);
        Assert.Equal(PluginStatus.Faulted, TestPlugin.Entry(app).Status);
    }

    [Fact]
    public async Task CollectDocumentSections_AllWork_OrderedByTheirOrder()
    {
        await using var app = TestPlugin.HostWith(services =>
        {
            services.AddScoped<IDocumentSection, SummarySection>();
            services.AddScoped<IDocumentSection, IntroSection>();
        });
        using var scope = app.Services.CreateScope();

        var sections = await scope.ServiceProvider.GetRequiredService<PluginDocumentSections>()
            .CollectAsync(new DocumentSectionContext(app.ReviewId, GeneratedDocument.Checklist, "en"));

        Assert.Equal(["About this plugin", "Approvals"], sections.Select(s => s.Heading));
    }

    [Fact]
    public async Task TileAction_ReviewerClicksIt_RunsAndShowsItsMessage()
    {
        await using var host = await BoardComponentHost.CreateAsync(services =>
        {
            services.AddSingleton(TestPlugin.Catalog());
            services.AddSingleton<ITileAction, FlagForDialogueAction>();
        });
        var userId = await host.SignInAsync(SampleUsers.Reviewer);
        var tileId = await host.TileIdAsync(5);

        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".plugin-actions button")));
        cut.Find(".plugin-actions button").Click();

        cut.WaitForAssertion(() => Assert.Contains(FlagForDialogueAction.Done, cut.Find(".plugin-actions [role=status]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NavigationItem_Registered_LinkInTheHeaderInTheUsersLanguage()
    {
        await using var app = TestPlugin.HostWith(services => services.AddSingleton<INavigationItem, ReportLink>());
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var page = await client.GetStringAsync("/");

        Assert.Contains("<a href=\"/plugins/test-plugin/report\">Rapport du plugin</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledJob_Registered_RunsWithAScopesServices()
    {
        await using var app = TestPlugin.HostWith(services => services.AddSingleton<IScheduledJob, TickingJob>());
        _ = app.Services;

        Assert.True(await TickingJob.Ran.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task TileAction_FocalPoint_NotOffered()
    {
        await using var host = await BoardComponentHost.CreateAsync(services =>
        {
            services.AddSingleton(TestPlugin.Catalog());
            services.AddSingleton<ITileAction, FlagForDialogueAction>();
        });
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(5);

        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#answer-heading")));

        Assert.Empty(cut.FindAll(".plugin-actions button"));
    }
}
