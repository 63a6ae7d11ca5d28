namespace Planner.Browser.Tests.Infrastructure;

/// <summary>What a person does to get somewhere in Planner, as steps in the browser.</summary>
public static class PlannerPages
{
    /// <summary>Signs in as a demo user with their e-mail and password, and waits for the list of boards.</summary>
    public static async Task SignInAsync(this IPage page, string user)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (email, password) = DemoUsers.CredentialsOf(user);
        await page.GotoAsync("/sign-in");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("a.board-link").First).ToBeVisibleAsync();
    }

    /// <summary>Opens the (only) sample board from the list and waits until it is interactive.</summary>
    public static async Task OpenKenyaBoardAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("a.board-link", new() { HasText = "Kenya" }).ClickAsync();
        await page.WaitForInteractiveBoardAsync();
    }

    /// <summary>Clicks sent before the Blazor circuit is interactive are lost: wait for it.</summary>
    public static Task WaitForInteractiveBoardAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Assertions.Expect(page.Locator(".board-page[data-interactive=\"true\"]")).ToBeVisibleAsync();
    }

    public static ILocator Tile(this IPage page, int article)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"article[data-tile-article=\"{article}\"]");
    }

    public static ILocator Column(this IPage page, string column)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"section[data-column=\"{column}\"]");
    }

    /// <summary>Opens a tile's panel with its title button and waits for the dialog's heading.</summary>
    public static async Task<ILocator> OpenTileAsync(this IPage page, int article)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Tile(article).Locator(".tile-open").ClickAsync();
        var panel = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(panel.Locator("#tile-panel-title")).ToContainTextAsync(article.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return panel;
    }

    /// <summary>Follows a language link in the header (a full page load that sets the culture cookie).</summary>
    public static async Task ChooseLanguageAsync(this IPage page, string culture)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator($"a[data-culture=\"{culture}\"]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
