using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class DragAndDropTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Drag_SecretariatDropsTileOnAdjacentColumn_TileLandsThere()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.Secretariat);
        await page.OpenKenyaBoardAsync();
        // Article 8 waits in Answer without an answer; the secretariat may send it back to Assign.
        var tile = page.Column("Answer").Locator("article[data-tile-article=\"8\"]");
        var target = page.Column("Assign").Locator("h2");
        await Expect(tile).ToHaveAttributeAsync("draggable", "true");
        // Both ends must be on screen: if Playwright has to scroll between mouse-down and the first
        // move, Chromium starts the drag from whatever tile is then under the pointer.
        await Expect(tile).ToBeInViewportAsync();
        await Expect(target).ToBeInViewportAsync();

        await tile.DragToAsync(target);

        await Expect(page.Column("Assign").Locator("article[data-tile-article=\"8\"]")).ToBeVisibleAsync();
        await Expect(page.Column("Answer").Locator("article[data-tile-article=\"8\"]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
