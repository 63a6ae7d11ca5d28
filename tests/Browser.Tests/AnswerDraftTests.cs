using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>An answer being typed is kept in the browser (ProtectedLocalStorage) and offered back after a reload.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AnswerDraftTests(BrowserFixture browser)
{
    private const string Draft = "Merit-based recruitment: 1,204 posts filled by open competition in 2025.";

    [SkippableFact]
    public async Task AnswerDraft_ReloadWhileEditing_RestoreOfferPutsTextBack()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();

        var panel = await page.OpenTileAsync(7);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Edit answer" }).ClickAsync();
        var editor = page.Locator("#answer-editor");
        await editor.FillAsync(Draft);
        // The draft is written to local storage by the circuit; reload only once it is there.
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('planner.draft.'))");

        await page.ReloadAsync();
        await page.WaitForInteractiveBoardAsync();
        panel = await page.OpenTileAsync(7);
        var restore = panel.GetByRole(AriaRole.Button, new() { Name = "Restore it" });
        await Expect(restore).ToBeVisibleAsync();
        await restore.ClickAsync();

        await Expect(page.Locator("#answer-editor")).ToHaveValueAsync(Draft);
        await page.Context.CloseAsync();
    }
}
