using System.Diagnostics;
using System.Text.RegularExpressions;
using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>
/// The drawing of lots in the browser: the secretariat schedules cycle 3 and runs its year-1 draw while
/// others watch the lots appear live in their own language, opens the reviews, and anyone verifies it.
/// On a host of its own (<see cref="DrawHost"/>): the draws open dozens of boards.
/// </summary>
[Collection(BrowserGroup.Name)]
[TestCaseOrderer(DeclarationOrder.TypeName, DeclarationOrder.AssemblyName)]
public sealed partial class DrawTests(BrowserFixture browser, DrawHost host, ITestOutputHelper output)
{
    private const string Lots = "ol.lot-list li.lot";

    /// <summary>Names of States in English and French, as the host's States table has them.</summary>
    private static readonly Lazy<Dictionary<string, (string English, string French)>> StateNames = new(() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "Board", "States", "Data", "un-states.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(c => c[0], c => (c[2], c[3])));

    [SkippableFact]
    public async Task LiveDraw_ObserverInFrenchWatchesTheRun_LotsAppearOneByOneInFrenchWithoutReload()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        await secretariat.ScheduleCycleAsync();
        Assert.True(await secretariat.Locator("section[data-year] li[data-state]").CountAsync() > 150, "The schedule should spread the States parties over the years.");
        var draw = await secretariat.OpenDrawAsync(year: 1);

        var observer = await NewPersonAsync(DemoUsers.Observer, "fr-FR");
        await observer.UseLanguageAsync("fr", DrawPath(draw));
        await observer.WaitForInteractiveDrawAsync();
        await Expect(observer.GetByTestId("waiting")).ToBeVisibleAsync();
        await Expect(observer.Locator(".draw button")).ToHaveCountAsync(0);
        await observer.EvaluateAsync("() => window.x = true");

        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Run the draw" }).ClickAsync();
        await Expect(secretariat.GetByTestId("lot-count")).ToBeVisibleAsync();
        var (_, total) = await secretariat.LotCountAsync();
        Assert.InRange(total, 80, 120);
        var early = await WaitUntilPartwayAsync(observer, total, atLeast: 1);
        var later = await WaitUntilPartwayAsync(observer, total, atLeast: early + 1);
        output.WriteLine($"The observer saw {early}, then {later} of {total} lots during the reveal.");

        await Expect(observer.Locator(Lots)).ToHaveCountAsync(total, new() { Timeout = DrawPages.RevealTimeout });
        await observer.WaitForResultsAsync();
        Assert.True(await observer.EvaluateAsync<bool>("() => window.x === true"), "The observer's page was reloaded.");
        await Expect(observer.Locator(".draw button")).ToHaveCountAsync(0);

        // In French: the seats, the count and the names of the States.
        await Expect(observer.GetByTestId("lot-count")).ToHaveTextAsync($"{total} tirages effectués sur {total}");
        await Expect(observer.Locator(Lots).Filter(new() { HasText = "examinateur du groupe régional" }).First).ToBeVisibleAsync();
        var first = observer.Locator(Lots).First;
        var firstReviewed = Reviewed().Match(await first.GetAttributeAsync("data-seat") ?? "").Groups[1].Value;
        await Expect(first).ToContainTextAsync(StateNames.Value[firstReviewed].French);
        var reviewed = await ReviewedStatesAsync(observer);
        var renamed = reviewed.First(iso3 => StateNames.Value[iso3].French != StateNames.Value[iso3].English);
        await Expect(observer.Locator($"tr[data-reviewed=\"{renamed}\"] th")).ToContainTextAsync(StateNames.Value[renamed].French);
        await Expect(observer.Locator(Lots).Filter(new() { HasText = StateNames.Value[renamed].French }).First).ToBeVisibleAsync();

        await secretariat.WaitForResultsAsync();
        await Expect(secretariat.Locator(Lots)).ToHaveCountAsync(total);
        host.YearOneDraw = draw;
        await CloseAsync(secretariat, observer);
    }

    // Before the reviews are opened: year 2 is drawn on the capacity the schedule left for it.
    [SkippableFact]
    public async Task Screenshot_LiveDrawInArabicAndResults_SavedAsArtifacts()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        await secretariat.ScheduleCycleAsync();
        var draw = await secretariat.OpenDrawAsync(year: 2);
        var observer = await NewPersonAsync(DemoUsers.Observer, "ar");
        await observer.UseLanguageAsync("ar", DrawPath(draw));
        await Expect(observer.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await observer.WaitForInteractiveDrawAsync();
        var folder = RepositoryPaths.Screenshots();

        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Run the draw" }).ClickAsync();
        await Expect(secretariat.GetByTestId("lot-count")).ToBeVisibleAsync();
        var (_, total) = await secretariat.LotCountAsync();
        await WaitUntilPartwayAsync(observer, total, atLeast: total / 4);
        var live = await SaveAsync(observer, Path.Combine(folder, "draw-live-ar.png"));
        await observer.WaitForResultsAsync();
        var resultsArabic = await SaveAsync(observer, Path.Combine(folder, "draw-results-ar.png"));
        await secretariat.WaitForResultsAsync();
        var resultsEnglish = await SaveAsync(secretariat, Path.Combine(folder, "draw-results-en.png"));

        foreach (var picture in new[] { live, resultsArabic, resultsEnglish })
        {
            Assert.True(new FileInfo(picture).Length > 10_000, picture);
        }
        await CloseAsync(secretariat, observer);
    }

    [SkippableFact]
    public async Task OpenReviews_SecretariatConfirms_BoardListHasABoardForEachReviewedState()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        var draw = await YearOneDrawAsync(secretariat);
        await secretariat.GotoAsync("/");
        var boards = secretariat.Locator("a.board-link");
        await Expect(boards.First).ToBeVisibleAsync();
        var before = await boards.CountAsync();

        await secretariat.GoToDrawAsync(draw);
        await secretariat.WaitForResultsAsync();
        var reviewed = await ReviewedStatesAsync(secretariat);
        var open = secretariat.GetByRole(AriaRole.Button, new() { Name = $"Open {reviewed.Count} reviews…" });
        await open.ClickAsync();
        var dialog = secretariat.GetByRole(AriaRole.Alertdialog);
        await Expect(dialog).ToContainTextAsync($"Open {reviewed.Count} country reviews of cycle {DrawHost.Cycle}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Yes, open them" }).ClickAsync();

        await Expect(secretariat.Locator(".draw [role=status]")).ToHaveTextAsync($"{reviewed.Count} reviews opened; 0 skipped because they were already open.",
            new() { Timeout = 60_000 });
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(secretariat.GetByTestId("opened")).ToContainTextAsync($"{reviewed.Count} reviews were opened from this draw.");

        await secretariat.GetByRole(AriaRole.Link, new() { Name = "Go to the boards" }).ClickAsync();
        await Expect(boards).ToHaveCountAsync(before + reviewed.Count);
        var name = StateNames.Value[reviewed[0]].English;
        await Expect(boards.Filter(new() { HasText = name }).First).ToBeVisibleAsync();
        await CloseAsync(secretariat);
    }

    [SkippableFact]
    public async Task VerifyPage_DrawThatWasRun_SeedAndReplayBothCheckOut()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        var draw = await YearOneDrawAsync(secretariat);
        var observer = await NewPersonAsync(DemoUsers.Observer);

        await observer.GotoAsync($"/plugins/draw/verify?draw={draw}");

        var outcome = observer.GetByTestId("verify-outcome");
        await Expect(outcome.Locator("li[data-check]")).ToHaveCountAsync(2);
        await Expect(outcome.Locator("li[data-check=\"commitment\"]")).ToHaveTextAsync("✔ The seed matches the commitment published before the draw.");
        await Expect(outcome.Locator("li[data-check=\"replay\"]")).ToContainTextAsync("✔ Replaying the draw gives exactly the published result");
        await Expect(outcome).Not.ToContainTextAsync("✘");
        await CloseAsync(secretariat, observer);
    }

    [SkippableFact]
    public async Task Axe_DrawPagesInEnglish_NoSeriousViolations()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        var draw = await YearOneDrawAsync(secretariat);

        await secretariat.GotoAsync("/plugins/draw");
        await secretariat.WaitForInteractiveDrawAsync();
        await secretariat.AssertNoSeriousViolationsAsync("the drawing of lots' home page", output);
        await secretariat.GotoAsync($"/plugins/draw/schedules/{DrawHost.Cycle}");
        await Expect(secretariat.Locator("section[data-year]").First).ToBeVisibleAsync();
        await secretariat.AssertNoSeriousViolationsAsync($"the schedule of cycle {DrawHost.Cycle}", output);
        await secretariat.GoToDrawAsync(draw);
        await secretariat.WaitForResultsAsync();
        await secretariat.AssertNoSeriousViolationsAsync("the draw page with its results", output);
        await secretariat.GotoAsync("/plugins/draw/parties");
        await Expect(secretariat.Locator("table.parties tbody tr").First).ToBeVisibleAsync();
        await secretariat.AssertNoSeriousViolationsAsync("the States parties", output);
        await secretariat.GotoAsync($"/plugins/draw/verify?draw={draw}");
        await Expect(secretariat.GetByTestId("verify-outcome")).ToBeVisibleAsync();
        await secretariat.AssertNoSeriousViolationsAsync("the verify page with an outcome", output);
        await CloseAsync(secretariat);
    }

    [SkippableFact]
    public async Task Axe_DrawPageInArabic_RightToLeftAndNoSeriousViolations()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        var draw = await YearOneDrawAsync(secretariat);

        await secretariat.UseLanguageAsync("ar", DrawPath(draw));
        await Expect(secretariat.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await secretariat.WaitForInteractiveDrawAsync();
        await secretariat.WaitForResultsAsync();
        await secretariat.AssertNoSeriousViolationsAsync("the draw page with its results (Arabic)", output);
        await CloseAsync(secretariat);
    }

    // Last: the reviews of three named States are opened, out of the schedule's order.
    [SkippableFact]
    public async Task Keyboard_RunAndConfirmWithEnter_DrawRunsAndFocusStaysInTheConfirmation()
    {
        Chromium.Require();
        var secretariat = await NewPersonAsync(DemoUsers.Secretariat);
        await secretariat.ScheduleCycleAsync();
        await secretariat.OpenDrawAsync(year: 2, states: "FRA, BRA, JPN");

        var run = secretariat.GetByRole(AriaRole.Button, new() { Name = "Run the draw" });
        await run.FocusAsync();
        await Expect(run).ToBeFocusedAsync();
        await secretariat.Keyboard.PressAsync("Enter");
        await secretariat.WaitForResultsAsync();
        await Expect(secretariat.Locator("table.draw-results tr[data-reviewed]")).ToHaveCountAsync(3);

        var open = secretariat.GetByRole(AriaRole.Button, new() { Name = "Open 3 reviews…" });
        await open.FocusAsync();
        await secretariat.Keyboard.PressAsync("Enter");
        var dialog = secretariat.GetByRole(AriaRole.Alertdialog);
        var yes = dialog.GetByRole(AriaRole.Button, new() { Name = "Yes, open them" });
        var cancel = dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" });
        await Expect(cancel).ToBeFocusedAsync();
        await secretariat.AssertNoSeriousViolationsAsync("the draw page asking to confirm the opening of the reviews", output);

        await secretariat.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(open).ToBeFocusedAsync();

        await secretariat.Keyboard.PressAsync("Enter");
        await Expect(cancel).ToBeFocusedAsync();
        await secretariat.Keyboard.PressAsync("Shift+Tab");
        await Expect(yes).ToBeFocusedAsync();
        await secretariat.Keyboard.PressAsync("Enter");
        // Opening reviews creates their boards and reloads the draw: as slow as the step above on two busy cores.
        await Expect(secretariat.Locator(".draw [role=status]")).ToContainTextAsync("reviews opened", new() { Timeout = 30_000 });
        await Expect(secretariat.GetByTestId("opened")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await CloseAsync(secretariat);
    }

    private async Task<IPage> NewPersonAsync(string user, string locale = "en-GB")
    {
        var page = await browser.NewPersonAsync(locale, host.BaseUrl);
        await page.SignInAsync(user);
        return page;
    }

    /// <summary>The year-1 draw, run and revealed: the live test's, or made here when that test did not run first.</summary>
    private async Task<Guid> YearOneDrawAsync(IPage secretariat)
    {
        if (host.YearOneDraw is { } done)
        {
            return done;
        }
        await secretariat.ScheduleCycleAsync();
        var draw = await secretariat.OpenDrawAsync(year: 1);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Run the draw" }).ClickAsync();
        await secretariat.WaitForResultsAsync();
        host.YearOneDraw = draw;
        return draw;
    }

    /// <summary>Polls the lots on a page until some but not all are shown, and returns how many.</summary>
    private static async Task<int> WaitUntilPartwayAsync(IPage page, int total, int atLeast)
    {
        var lots = page.Locator(Lots);
        var clock = Stopwatch.StartNew();
        var shown = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            shown = await lots.CountAsync();
            if (shown >= Math.Max(atLeast, 1) && shown < total)
            {
                return shown;
            }
            Assert.True(shown < total, $"All {total} lots appeared at once: the reveal was not seen partway.");
            await Task.Delay(20);
        }
        Assert.Fail($"After 30 s the page showed {shown} of {total} lots.");
        return shown;
    }

    private static async Task<IReadOnlyList<string>> ReviewedStatesAsync(IPage page) =>
        await page.Locator("table.draw-results tr[data-reviewed]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.reviewed)");

    private async Task<string> SaveAsync(IPage page, string path)
    {
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }

    private static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private static string DrawPath(Guid draw) => $"/plugins/draw/draws/{draw}";

    [GeneratedRegex(@"^([A-Z]{3})/")]
    private static partial Regex Reviewed();
}
