using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>Two people on one board: each sees the other, and a move by one reaches the other live.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LiveBoardTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task MoveTo_FocalPointMovesTileWithKeyboard_OtherPersonSeesItWithoutReload()
    {
        Chromium.Require();
        var focalPoint = await browser.NewPersonAsync();
        var secretariat = await browser.NewPersonAsync();
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        await secretariat.SignInAsync(DemoUsers.Secretariat);
        await focalPoint.OpenKenyaBoardAsync();
        await secretariat.OpenKenyaBoardAsync();

        await Expect(focalPoint.Locator($".presence-user[data-user=\"{DemoUsers.Secretariat}\"]")).ToBeVisibleAsync();
        await Expect(secretariat.Locator($".presence-user[data-user=\"{DemoUsers.FocalPoint}\"]")).ToBeVisibleAsync();
        await Expect(secretariat.Column("Assign").Locator("article[data-tile-article=\"10\"]")).ToBeVisibleAsync();
        // A mark in the secretariat's page: still there afterwards means the page was never reloaded.
        await secretariat.EvaluateAsync("() => window.plannerNoReload = true");

        // The keyboard path: Enter on "Move to…", then Enter on the target column.
        var tile = focalPoint.Tile(10);
        await tile.Locator(".tile-move button").First.PressAsync("Enter");
        var answer = tile.Locator("[data-move-to=\"Answer\"]");
        await Expect(answer).ToBeVisibleAsync();
        await answer.PressAsync("Enter");

        await Expect(focalPoint.Column("Answer").Locator("article[data-tile-article=\"10\"]")).ToBeVisibleAsync();
        await Expect(secretariat.Column("Answer").Locator("article[data-tile-article=\"10\"]")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(secretariat.Column("Assign").Locator("article[data-tile-article=\"10\"]")).ToHaveCountAsync(0);
        Assert.True(await secretariat.EvaluateAsync<bool>("() => window.plannerNoReload === true"), "The secretariat's page was reloaded.");

        await focalPoint.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }
}
