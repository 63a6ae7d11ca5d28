using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>
/// The self-assessment from assignment to submission, in the browser, as three people do it: the
/// focal point assigns article 11 to the Ethics and Anti-Corruption Commission naming Grace
/// Wanjiru, Grace is notified and writes her agency's part, the focal point compiles it into the
/// State's answer and submits the checklist, and the secretariat sees it submitted.
/// On a host of its own: a submitted checklist freezes the answers the other tests edit.
/// </summary>
[Collection(BrowserGroup.Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the class through IAsyncLifetime.DisposeAsync, which disposes the host.")]
public sealed class SelfAssessmentPathTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Article = 11;
    private const string Measures = "The Leadership and Integrity Act 2012 sets a code of conduct for judges and magistrates.";
    private readonly PlannerAppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [SkippableFact]
    public async Task AssignContributeCompileSubmit_ThreePeople_SecretariatSeesTheSubmittedChecklist()
    {
        Chromium.Require();
        var host = factory.Start();
        var focalPoint = await browser.NewPersonAsync(host: host);
        var grace = await browser.NewPersonAsync(host: host);
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        await grace.SignInAsync(DemoUsers.Expert);
        await focalPoint.OpenKenyaBoardAsync();

        // Assign: the agency, its expert and a due date; the tile moves on to Answer.
        var panel = await focalPoint.OpenTileAsync(Article);
        await panel.GetByLabel("Ethics and Anti-Corruption Commission", new() { Exact = true }).CheckAsync();
        await panel.GetByLabel("Grace Wanjiru (Ethics and Anti-Corruption Commission)").CheckAsync();
        await panel.GetByLabel("Due date").FillAsync("2027-03-31");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save assignment" }).ClickAsync();
        await Expect(panel.Locator("[data-testid=tile-column]")).ToHaveTextAsync("Answer");

        // Grace is told (the bell counts it), opens the article and writes her agency's part.
        await grace.ReloadAsync();
        await Expect(grace.Locator("a.notification-bell")).Not.ToHaveAttributeAsync("data-unread", "0");
        await grace.OpenKenyaBoardAsync();
        var gracePanel = await grace.OpenTileAsync(Article);
        await gracePanel.GetByRole(AriaRole.Button, new() { Name = "Write the contribution" }).ClickAsync();
        var editor = gracePanel.Locator("form.contribution-editor");
        await editor.GetByLabel("In part").First.CheckAsync();
        await editor.Locator("textarea").Nth(1).FillAsync(Measures);
        await editor.GetByLabel("Our part is done").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the contribution" }).ClickAsync();
        await Expect(gracePanel).ToContainTextAsync("Contribution saved.");
        await grace.AssertNoSeriousViolationsAsync("the tile panel after an agency expert saved a contribution", output);

        // The focal point's open panel shows it live; compiled into the State's answer and saved.
        await Expect(panel.Locator("article.contribution .badge")).ToHaveTextAsync("done");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Compile the contributions into the answer" }).ClickAsync();
        await Expect(focalPoint.Locator("#answer-editor")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Leadership and Integrity Act"));
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).ClickAsync();
        await Expect(panel.Locator("[data-testid=answer]")).ToContainTextAsync("Leadership and Integrity Act");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        // The other articles are answered through the API (the same session), then the focal point submits.
        await AnswerTheOtherArticlesAsync(focalPoint);
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Submit the checklist to the secretariat…" }).ClickAsync();
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Yes, submit it" }).ClickAsync();
        await Expect(focalPoint.Locator("[data-testid=checklist-state]")).ToHaveAttributeAsync("data-submitted", "true");

        // The secretariat sees the submission, by whom.
        var secretariat = await browser.NewPersonAsync(host: host);
        await secretariat.SignInAsync(DemoUsers.Secretariat);
        await secretariat.OpenKenyaBoardAsync();
        await Expect(secretariat.Locator("[data-testid=checklist-state]")).ToContainTextAsync(DemoUsers.FocalPoint);
        await secretariat.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots(), "checklist-submitted-en.png") });

        foreach (var page in new[] { focalPoint, grace, secretariat })
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Saves an answer for every article still without one, with the page's own cookie, as a script on the page would.</summary>
    private static async Task AnswerTheOtherArticlesAsync(IPage page)
    {
        var failures = await page.EvaluateAsync<string[]>("""
            async () => {
                const reviewId = location.pathname.split('/')[2];
                const board = await (await fetch(`/api/boards/${reviewId}`)).json();
                const failed = [];
                for (const tile of board.tiles.filter(t => !t.hasAnswer)) {
                    const detail = await (await fetch(`/api/tiles/${tile.id}`)).json();
                    const saved = await fetch(`/api/tiles/${tile.id}/answer`, {
                        method: 'PUT', headers: { 'Content-Type': 'application/json' },
                        body: JSON.stringify({ text: `Answer for article ${tile.articleNumber}.`, expectedVersion: detail.tile.version }) });
                    if (!saved.ok) failed.push(`${tile.articleNumber}: ${saved.status}`);
                }
                return failed;
            }
            """);
        Assert.Empty(failures);
    }
}
