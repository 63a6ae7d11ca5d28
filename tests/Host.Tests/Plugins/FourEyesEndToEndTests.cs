using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Tiles;
using Planner.Host.Plugins;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Plugins;

/// <summary>
/// The sample plugin (samples/FourEyes) as an operator installs it: its build output copied into
/// the plugins folder, loaded at start into its own load context, then used through the API.
/// </summary>
public sealed class FourEyesEndToEndTests : IAsyncLifetime
{
    private const string SecondReviewer = "pedro.almeida@example.org";
    private static readonly string[] Configurations = ["Debug", "Release"];
    private static readonly string[] PluginFiles = ["plugin.json", "Planner.Samples.FourEyes.dll", "Planner.Samples.FourEyes.deps.json"];
    private readonly string pluginsFolder = Path.Combine(Path.GetTempPath(), "planner-four-eyes", Guid.NewGuid().ToString("N"));
    private PlannerAppFactory app = null!;

    public Task InitializeAsync()
    {
        Install();
        app = new PlannerAppFactory(builder => builder.UseSetting("Planner:PluginsFolder", pluginsFolder));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(pluginsFolder, recursive: true);
    }

    [Fact]
    public async Task Start_PluginInTheFolder_LoadedAndListedOnThePluginsPage()
    {
        var entry = app.Services.GetRequiredService<PluginCatalog>().Find("four-eyes");
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        var page = await secretariat.GetStringAsync("/plugins");

        Assert.Equal(PluginStatus.Loaded, entry?.Status);
        Assert.Contains("Four-eyes rule", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Loaded\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveToFinalise_UntilTwoReviewersApproved_RefusedThenAllowed()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var tile = (await secretariat.GetTileAsync(app.TileId(5))).Tile;
        Assert.Equal(Column.Review, tile.Column);

        using var early = await secretariat.MoveAsync(tile.Id, Column.Finalise, tile.Version);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var problem = await early.ReadProblemAsync();
        Assert.Equal("VetoedByPlugin", problem.StringExtension("refusal"));
        Assert.Contains("0 of 2", problem.Detail, StringComparison.Ordinal);

        using (var first = app.ClientAs(SampleUsers.Reviewer))
        using (var approved = await first.PostAsync($"/api/plugins/four-eyes/tiles/{tile.Id}/approve", null))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }
        using (var again = await secretariat.MoveAsync(tile.Id, Column.Finalise, tile.Version))
        {
            Assert.Contains("1 of 2", (await again.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        }
        using (var second = app.ClientAs(SecondReviewer))
        using (var approved = await second.PostAsync($"/api/plugins/four-eyes/tiles/{tile.Id}/approve", null))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using var finalised = await secretariat.MoveAsync(tile.Id, Column.Finalise, tile.Version);

        Assert.Equal(HttpStatusCode.OK, finalised.StatusCode);
        Assert.Equal(Column.Finalise, (await secretariat.GetTileAsync(tile.Id)).Tile.Column);
    }

    [Fact]
    public async Task PluginPage_Reviewer_ListsArticlesInReviewAndIsLinkedFromTheHeader()
    {
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);

        var page = await reviewer.GetStringAsync("/plugins/four-eyes");
        var home = await reviewer.GetStringAsync("/");

        Assert.Contains("Awaiting approval", page, StringComparison.Ordinal);
        Assert.Contains("data-article=\"5\"", page, StringComparison.Ordinal);
        Assert.Contains("Approvals: 0 of 2", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/plugins/four-eyes\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_FocalPoint_Refused403()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostAsync($"/api/plugins/four-eyes/tiles/{app.TileId(5)}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Copies the sample's build output (the plugin and its manifest, nothing of the host's) into plugins/four-eyes.</summary>
    private void Install()
    {
        var output = Configurations
            .Select(c => Path.Combine(RepositoryFiles.Root, "samples", "FourEyes", "bin", c, "net10.0"))
            .Where(d => File.Exists(Path.Combine(d, "Planner.Samples.FourEyes.dll")))
            .OrderByDescending(d => File.GetLastWriteTimeUtc(Path.Combine(d, "Planner.Samples.FourEyes.dll")))
            .First();
        var target = Directory.CreateDirectory(Path.Combine(pluginsFolder, "four-eyes")).FullName;
        foreach (var file in PluginFiles)
        {
            File.Copy(Path.Combine(output, file), Path.Combine(target, file));
        }
    }
}
