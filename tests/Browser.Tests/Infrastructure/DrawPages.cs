using System.Globalization;
using System.Text.RegularExpressions;

namespace Planner.Browser.Tests.Infrastructure;

/// <summary>What people do on the drawing-of-lots pages (/plugins/draw), as steps in the browser.</summary>
public static partial class DrawPages
{
    /// <summary>Lots can take a while to reveal on two busy cores (about 100 lots, one every 100 ms).</summary>
    public const float RevealTimeout = 60_000;

    /// <summary>Remembers a language in the culture cookie (/culture/{code}) and goes to <paramref name="returnUrl"/>.</summary>
    public static async Task UseLanguageAsync(this IPage page, string culture, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/culture/{culture}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }

    /// <summary>Clicks and typing sent before the Blazor circuit is interactive are lost: wait for it.</summary>
    public static Task WaitForInteractiveDrawAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Assertions.Expect(page.Locator(".draw[data-interactive=\"true\"]")).ToBeVisibleAsync();
    }

    /// <summary>Opens a draw page and waits until it is interactive.</summary>
    public static async Task GoToDrawAsync(this IPage page, Guid draw)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/plugins/draw/draws/{draw}");
        await page.WaitForInteractiveDrawAsync();
    }

    /// <summary>
    /// The secretariat opens <see cref="DrawHost.Cycle"/>'s schedule (a new draw, first year
    /// <see cref="DrawHost.FirstYear"/>) and draws it; if an earlier test did, it just goes there.
    /// </summary>
    public static async Task ScheduleCycleAsync(this IPage secretariat)
    {
        ArgumentNullException.ThrowIfNull(secretariat);
        await secretariat.GotoAsync("/plugins/draw");
        await secretariat.WaitForInteractiveDrawAsync();
        if (await secretariat.Locator($"li[data-cycle=\"{DrawHost.Cycle}\"]").CountAsync() == 0)
        {
            await secretariat.FillNumberAsync("#schedule-cycle", DrawHost.Cycle);
            await secretariat.FillNumberAsync("#schedule-first-year", DrawHost.FirstYear);
            await secretariat.Locator("input[name=\"schedule-policy\"]").First.CheckAsync();
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Open the schedule" }).ClickAsync();
            await secretariat.WaitForURLAsync($"**/plugins/draw/schedules/{DrawHost.Cycle}");
        }
        else
        {
            await secretariat.GotoAsync($"/plugins/draw/schedules/{DrawHost.Cycle}");
        }
        // The schedule page itself (not the page navigated from), drawn already or waiting to be.
        var run = secretariat.GetByRole(AriaRole.Button, new() { Name = "Draw the schedule" });
        var years = secretariat.Locator("section[data-year]");
        await Assertions.Expect(run.Or(years).First).ToBeVisibleAsync();
        if (await run.CountAsync() > 0)
        {
            await run.ClickAsync();
        }
        await Assertions.Expect(years.First).ToBeVisibleAsync();
    }

    /// <summary>The secretariat opens a draw of the cycle's <paramref name="year"/> (or of the States named) and lands on its page.</summary>
    public static async Task<Guid> OpenDrawAsync(this IPage secretariat, int year, string? states = null)
    {
        ArgumentNullException.ThrowIfNull(secretariat);
        await secretariat.GotoAsync("/plugins/draw");
        await secretariat.WaitForInteractiveDrawAsync();
        await secretariat.FillNumberAsync("#draw-cycle", DrawHost.Cycle);
        await secretariat.FillNumberAsync("#draw-year", year);
        if (states is not null)
        {
            await secretariat.FillAsync("#draw-states", states);
            await secretariat.PressAsync("#draw-states", "Tab");
        }
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Open the draw" }).ClickAsync();
        await secretariat.WaitForURLAsync(DrawUrl());
        // The draw page itself, not the page navigated from, then its circuit.
        await Assertions.Expect(secretariat.GetByTestId("commitment")).ToBeVisibleAsync();
        await secretariat.WaitForInteractiveDrawAsync();
        return Guid.Parse(DrawUrl().Match(secretariat.Url).Groups[1].Value);
    }

    /// <summary>The lots drawn so far, from "3 of 98 lots drawn" (English page).</summary>
    public static async Task<(int Shown, int Total)> LotCountAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = await page.GetByTestId("lot-count").InnerTextAsync();
        var numbers = Numbers().Matches(text);
        return (int.Parse(numbers[0].Value, CultureInfo.InvariantCulture), int.Parse(numbers[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until every lot is shown and the results table is there.</summary>
    public static async Task WaitForResultsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.Locator("table.draw-results tr[data-reviewed]").First).ToBeVisibleAsync(new() { Timeout = RevealTimeout });
    }

    /// <summary>Types a number and leaves the field, so Blazor's change event binds it.</summary>
    private static async Task FillNumberAsync(this IPage page, string selector, int value)
    {
        await page.FillAsync(selector, value.ToString(CultureInfo.InvariantCulture));
        await page.PressAsync(selector, "Tab");
    }

    [GeneratedRegex(@"/plugins/draw/draws/([0-9a-f-]{36})$")]
    private static partial Regex DrawUrl();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
