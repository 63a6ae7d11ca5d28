using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>Pictures of the board for people to look at (artifacts/screenshots, or PLANNER_ARTIFACTS).</summary>
[Collection(BrowserGroup.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Screenshot_BoardInEnglishAndArabic_SavedAsArtifacts()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();
        var folder = RepositoryPaths.Screenshots();

        var english = await SaveAsync(page, Path.Combine(folder, "board-en.png"));
        await page.ChooseLanguageAsync("ar");
        await page.WaitForInteractiveBoardAsync();
        var arabic = await SaveAsync(page, Path.Combine(folder, "board-ar.png"));

        Assert.True(new FileInfo(english).Length > 10_000, english);
        Assert.True(new FileInfo(arabic).Length > 10_000, arabic);
        await page.Context.CloseAsync();
    }

    private async Task<string> SaveAsync(IPage page, string path)
    {
        await Expect(page.Locator($".presence-user[data-user=\"{DemoUsers.FocalPoint}\"]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }
}
