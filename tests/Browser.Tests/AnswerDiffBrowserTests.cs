using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>Two people edit one answer: the later save is refused and shown as a diff; the history compares versions (O4).</summary>
[Collection(BrowserGroup.Name)]
public sealed class AnswerDiffBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int Article = 52;

    [SkippableFact]
    public async Task StaleSave_AnotherPersonSavedFirst_RefusedWithTheDiffAndTheTextKept()
    {
        Chromium.Require();
        var focalPoint = await OpenEditorAsync(DemoUsers.FocalPoint);
        var secretariat = await OpenEditorAsync(DemoUsers.Secretariat);
        const string mine = "Reporting institutions apply enhanced due diligence to politically exposed persons (Regulation 18, amended in 2024).";

        await secretariat.Locator("#answer-editor").FillAsync("Reporting institutions apply enhanced due diligence to politically exposed persons and their families (Regulation 18).");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).ClickAsync();
        await Expect(secretariat.Locator("#answer-editor")).ToBeHiddenAsync();
        await focalPoint.Locator("#answer-editor").FillAsync(mine);
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).ClickAsync();

        await Expect(focalPoint.Locator(".answer [role=alert]")).ToContainTextAsync(DemoUsers.Secretariat);
        var diff = focalPoint.Locator("[data-testid=conflict-diff]");
        await Expect(diff.Locator("ins").Filter(new() { HasText = "amended in 2024" })).ToHaveCountAsync(1);
        await Expect(diff.Locator("del").Filter(new() { HasText = "their families" })).ToHaveCountAsync(1);
        await Expect(focalPoint.Locator("#answer-editor")).ToHaveValueAsync(mine);
        await diff.ScrollIntoViewIfNeededAsync();
        await SaveAsync(focalPoint, "answer-conflict-diff.png");
        await focalPoint.AssertNoSeriousViolationsAsync("a refused stale save with its diff", output);

        // Saving again is a deliberate choice, based on the version now seen; the history then compares the last two.
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).ClickAsync();
        await Expect(focalPoint.Locator("#answer-editor")).ToBeHiddenAsync();
        await focalPoint.Locator(".answer details.history > summary").ClickAsync();
        var history = focalPoint.Locator("[data-testid=history-diff]");
        await Expect(history.Locator("ins").Filter(new() { HasText = "amended in 2024" })).ToHaveCountAsync(1);
        await Expect(focalPoint.GetByLabel("From version")).ToBeVisibleAsync();
        await history.ScrollIntoViewIfNeededAsync();
        await SaveAsync(focalPoint, "answer-history-diff.png");
        await focalPoint.AssertNoSeriousViolationsAsync("the answer history with a diff", output);
        await focalPoint.Context.CloseAsync();
        await secretariat.Context.CloseAsync();
    }

    private async Task<IPage> OpenEditorAsync(string user)
    {
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(user);
        await page.OpenKenyaBoardAsync();
        var panel = await page.OpenTileAsync(Article);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Edit answer" }).ClickAsync();
        await Expect(page.Locator("#answer-editor")).ToBeVisibleAsync();
        return page;
    }

    private async Task SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(RepositoryPaths.Screenshots(), name);
        await page.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"Screenshot: {path}");
    }
}
