using Planner.Browser.Tests.Infrastructure;

namespace Planner.Browser.Tests;

/// <summary>The secretariat's /resources page in Chromium: reachable from the list of boards, accessible in English and Arabic, and a resource added by keyboard-and-form.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ResourcesPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Axe_ResourcesPageInEnglishAndArabic_NoSeriousViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.Secretariat);
        await page.Locator("a[href=\"/resources\"]").ClickAsync();
        await Assertions.Expect(page.Locator(".resources-page[data-interactive=\"true\"]")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("the resources page (English)", output);

        await page.ChooseLanguageAsync("ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator(".resources-page[data-interactive=\"true\"]")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("the resources page (Arabic)", output);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Add_SecretariatFillsTheForm_ResourceListedWithItsLink()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.Secretariat);
        await page.GotoAsync("/resources");
        await Assertions.Expect(page.Locator(".resources-page[data-interactive=\"true\"]")).ToBeVisibleAsync();

        await page.GetByLabel("Article", new() { Exact = true }).SelectOptionAsync("12");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Private sector: integrity in companies");
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync("https://www.unodc.org/unodc/en/corruption/index.html");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Private sector: integrity in companies");
        var link = page.Locator("table.resources a", new() { HasText = "Private sector: integrity in companies" });
        await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
        await page.Context.CloseAsync();
    }
}
