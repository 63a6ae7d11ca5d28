using Planner.Browser.Tests.Infrastructure;

namespace Planner.Browser.Tests;

/// <summary>axe-core on each page a person meets: no serious or critical violations.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Axe_SignInPage_NoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.GotoAsync("/sign-in");
        await page.AssertNoSeriousViolationsAsync("the sign-in page", output);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Axe_BoardList_NoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.AssertNoSeriousViolationsAsync("the list of boards", output);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Axe_BoardInEnglish_NoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();
        await page.AssertNoSeriousViolationsAsync("the board (English)", output);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Axe_BoardInArabic_NoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();
        await page.ChooseLanguageAsync("ar");
        await page.WaitForInteractiveBoardAsync();
        await page.AssertNoSeriousViolationsAsync("the board (Arabic)", output);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Axe_BoardWithTilePanelOpen_NoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.OpenKenyaBoardAsync();
        await page.OpenTileAsync(5);
        await page.AssertNoSeriousViolationsAsync("the board with the panel of article 5 open", output);
        await page.Context.CloseAsync();
    }
}
