using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class LanguageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task LanguagePicker_ArabicThenEnglish_DirectionFollowsAndSurvivesReload()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.Reviewer);
        await page.OpenKenyaBoardAsync();
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");

        await page.ChooseLanguageAsync("ar");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Column("Assign").Locator("h2")).ToContainTextAsync("الإسناد");

        await page.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Column("Assign").Locator("h2")).ToContainTextAsync("الإسناد");

        await page.ChooseLanguageAsync("en");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Column("Assign").Locator("h2")).ToContainTextAsync("Assign");

        await page.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");
        await page.Context.CloseAsync();
    }
}
