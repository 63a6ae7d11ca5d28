using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>Assigning with a named expert and ordering a tile, by keyboard, seen live on another board.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AssignmentTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task SaveAssignment_ByKeyboardWithNamedExpert_OtherBoardSeesTileInAnswerWithTheExpert()
    {
        Chromium.Require();
        var focalPoint = await browser.NewPersonAsync();
        var secretariat = await browser.NewPersonAsync();
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        await secretariat.SignInAsync(DemoUsers.Secretariat);
        await focalPoint.OpenKenyaBoardAsync();
        await secretariat.OpenKenyaBoardAsync();
        await Expect(secretariat.Column("Assign").Locator("article[data-tile-article=\"11\"]")).ToBeVisibleAsync();

        var panel = await focalPoint.OpenTileAsync(11);
        await focalPoint.AssertNoSeriousViolationsAsync("the panel of article 11 with the assignment and arrangement controls", output);
        var ethics = panel.GetByLabel("Ethics and Anti-Corruption Commission", new() { Exact = true });
        await ethics.FocusAsync();
        await ethics.PressAsync("Space");
        var grace = panel.GetByLabel("Grace Wanjiru (Ethics and Anti-Corruption Commission)");
        await Expect(grace).ToBeVisibleAsync();
        await grace.PressAsync("Space");
        await panel.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save assignment" }).PressAsync("Enter");

        await Expect(panel.Locator("[data-testid=tile-column]")).ToHaveTextAsync("Answer");
        var seen = secretariat.Column("Answer").Locator("article[data-tile-article=\"11\"]");
        await Expect(seen).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(seen.Locator("[data-testid=card-experts]")).ToHaveTextAsync("Grace Wanjiru");
        await focalPoint.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots(), "assignment-panel-en.png"), FullPage = true });

        await focalPoint.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task MoveUp_ByKeyboardInTilePanel_OtherBoardSeesTheNewOrder()
    {
        Chromium.Require();
        var focalPoint = await browser.NewPersonAsync();
        var secretariat = await browser.NewPersonAsync();
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        await secretariat.SignInAsync(DemoUsers.Secretariat);
        await focalPoint.OpenKenyaBoardAsync();
        await secretariat.OpenKenyaBoardAsync();
        var before = await ArticlesAsync(secretariat);
        var index = before.IndexOf(59);

        var panel = await focalPoint.OpenTileAsync(59);
        await panel.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Move up" }).PressAsync("Enter");

        var expected = before.ToList();
        (expected[index - 1], expected[index]) = (expected[index], expected[index - 1]);
        await Expect(secretariat.Column("Assign").Locator("article[data-tile-article]"))
            .ToHaveCountAsync(expected.Count);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!(await ArticlesAsync(secretariat)).SequenceEqual(expected) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Equal(expected, await ArticlesAsync(secretariat));

        await focalPoint.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }

    private static async Task<List<int>> ArticlesAsync(Microsoft.Playwright.IPage page) =>
        [.. (await page.Column("Assign").Locator("article[data-tile-article]").EvaluateAllAsync<int[]>(
            "tiles => tiles.map(t => Number(t.dataset.tileArticle))"))];
}
