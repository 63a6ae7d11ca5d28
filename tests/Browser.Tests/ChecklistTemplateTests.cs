using System.Globalization;
using System.Text.RegularExpressions;
using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>The secretariat edits the checklist template on /checklist and publishes the next version.</summary>
[Collection(BrowserGroup.Name)]
public sealed partial class ChecklistTemplateTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Publish_FrenchTextEdited_NextVersionShownWithNoSeriousAxeViolations()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        await page.SignInAsync(DemoUsers.Secretariat);
        await page.GetByRole(AriaRole.Link, new() { Name = "Checklist template" }).ClickAsync();
        await Expect(page.Locator(".template-page[data-interactive=\"true\"]")).ToBeVisibleAsync();
        var latest = page.GetByTestId("latest-version");
        var before = int.Parse(Number().Match(await latest.InnerTextAsync()).Value, CultureInfo.InvariantCulture);
        await page.AssertNoSeriousViolationsAsync("the checklist template editor", output);

        var measures = page.Locator("fieldset[data-key=\"measures\"]");
        await measures.GetByLabel("Text in French").FillAsync("Décrivez les mesures prises par votre État, avec les références exactes.");
        // Reordering by keyboard: the moved question keeps the focus on its button.
        var moveUp = page.GetByRole(AriaRole.Button, new() { Name = "Move up — Question 5 for every article" });
        await moveUp.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("fieldset.template-question").Nth(3)).ToHaveAttributeAsync("data-key", "assistance");
        await Expect(page.Locator("fieldset[data-key=\"assistance\"] .template-question-actions button").First).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Publish version {before + 1}" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Alertdialog);
        await Expect(confirm).ToContainTextAsync("Reviews already started keep the version they started with");
        await Expect(confirm.GetByRole(AriaRole.Button, new() { Name = "Yes, publish it" })).ToBeFocusedAsync();
        await page.AssertNoSeriousViolationsAsync("the checklist template editor asking to confirm", output);
        await page.Keyboard.PressAsync("Enter");

        await Expect(latest).ToContainTextAsync($"Latest version: {before + 1}, published by {DemoUsers.Secretariat}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Version {before + 1} is published. New reviews use it.");
        await Expect(measures.GetByLabel("Text in French")).ToHaveValueAsync("Décrivez les mesures prises par votre État, avec les références exactes.");
        await Expect(page.Locator($"tr[data-version=\"{before + 1}\"]")).ToBeVisibleAsync();
        var folder = RepositoryPaths.Screenshots();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "checklist-template-en.png"), FullPage = true });

        await page.ChooseLanguageAsync("ar");
        await Expect(page.Locator(".template-page[data-interactive=\"true\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.AssertNoSeriousViolationsAsync("the checklist template editor (Arabic)", output);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "checklist-template-ar.png"), FullPage = false });
        output.WriteLine($"Screenshots: {folder}/checklist-template-en.png, checklist-template-ar.png");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
