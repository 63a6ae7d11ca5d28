using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>The board and the tile view on a phone (T2, 390×844), and the answer editor on a wide screen.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] Columns = ["Assign", "Answer", "Review", "Finalise"];

    [SkippableFact]
    public async Task Phone_BoardAndTile_OneColumnAtATimeSwitchedByKeyboardAndNoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();
        var folder = RepositoryPaths.Screenshots();

        Assert.Equal(["Assign"], await VisibleColumnsAsync(page));
        await Expect(page.Locator(".column-switcher button[data-column=Assign]")).ToHaveAttributeAsync("aria-pressed", "true");
        // Each button carries its column's count (other tests on the shared host move tiles, so count them here).
        var inAnswer = await page.Column("Answer").Locator("article[data-tile-article]").CountAsync();
        await Expect(page.Locator(".column-switcher button[data-column=Answer] .count")).ToHaveTextAsync(inAnswer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(await ScrollsSidewaysAsync(page, "document.documentElement"), "the board scrolls sideways at 390 px");
        await SaveAsync(page, Path.Combine(folder, "phone-board.png"));
        await page.AssertNoSeriousViolationsAsync("the board on a phone", output);

        // Keyboard only: from the current column's button, Tab to the next one and press Enter.
        await page.Locator(".column-switcher button[data-column=Assign]").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".column-switcher button[data-column=Answer]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".column-switcher button[data-column=Answer]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Column("Answer")).ToBeVisibleAsync();
        await Expect(page.Column("Assign")).ToBeHiddenAsync();
        Assert.Equal(["Answer"], await VisibleColumnsAsync(page));
        await SaveAsync(page, Path.Combine(folder, "phone-board-answer.png"));

        var panel = await page.OpenTileAsync(7);
        var box = await page.Locator(".tile-panel").BoundingBoxAsync();
        Assert.Equal(390, box!.Width, 1);
        Assert.False(await ScrollsSidewaysAsync(page, "document.querySelector('.tile-panel')"), "the tile panel scrolls sideways at 390 px");
        await SaveAsync(page, Path.Combine(folder, "phone-tile.png"));
        await page.AssertNoSeriousViolationsAsync("the tile panel on a phone", output);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Edit answer" }).ClickAsync();
        await page.Locator("#answer-editor").FillAsync("Recruitment is **merit-based**.\n\n- 2,314 appointments in 2025");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("[data-testid=answer-preview] strong")).ToHaveTextAsync("merit-based");
        Assert.False(await ScrollsSidewaysAsync(page, "document.querySelector('.tile-panel')"), "the answer editor scrolls sideways at 390 px");
        await SaveAsync(page, Path.Combine(folder, "phone-tile-preview.png"));
        await page.AssertNoSeriousViolationsAsync("the answer preview on a phone", output);

        // Right to left: the switcher mirrors, still one column at a time, nothing off the screen.
        await page.Keyboard.PressAsync("Escape");
        await page.ChooseLanguageAsync("ar");
        await page.WaitForInteractiveBoardAsync();
        Assert.Single(await VisibleColumnsAsync(page));
        Assert.False(await ScrollsSidewaysAsync(page, "document.documentElement"), "the Arabic board scrolls sideways at 390 px");
        await SaveAsync(page, Path.Combine(folder, "phone-board-ar.png"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Desktop_Board_ShowsAllFourColumnsAndTheArticleBesideTheEditor()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();

        Assert.Equal(Columns, await VisibleColumnsAsync(page));
        await Expect(page.Locator(".column-switcher")).ToBeHiddenAsync();

        var panel = await page.OpenTileAsync(7);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Edit answer" }).ClickAsync();
        var article = await page.Locator(".article-beside").BoundingBoxAsync();
        var editor = await page.Locator("#answer-editor").BoundingBoxAsync();
        // Side by side: the same height on the page, the article first (to the left in English).
        Assert.True(article!.X + article.Width <= editor!.X, $"article at {article.X}+{article.Width}, editor at {editor.X}");
        Assert.True(article.Y < editor.Y + editor.Height && editor.Y < article.Y + article.Height, "article and editor are not side by side");
        await SaveAsync(page, Path.Combine(RepositoryPaths.Screenshots(), "desktop-answer-editor.png"));
        await page.AssertNoSeriousViolationsAsync("the answer editor with the article beside it", output);
        await page.Context.CloseAsync();
    }

    private static async Task<string[]> VisibleColumnsAsync(IPage page)
    {
        var visible = new List<string>();
        foreach (var column in Columns)
        {
            if (await page.Column(column).IsVisibleAsync())
            {
                visible.Add(column);
            }
        }
        return [.. visible];
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page, string element) =>
        page.EvaluateAsync<bool>($"(() => {{ const e = {element}; return e.scrollWidth > e.clientWidth + 1; }})()");

    private async Task SaveAsync(IPage page, string path)
    {
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        output.WriteLine($"Screenshot: {path}");
    }
}
