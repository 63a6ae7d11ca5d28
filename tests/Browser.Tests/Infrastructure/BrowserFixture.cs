using System.Diagnostics.CodeAnalysis;

namespace Planner.Browser.Tests.Infrastructure;

/// <summary>
/// One host and one Chromium for every browser test; each test opens its own browser contexts
/// (one per person), so cookies and local storage never leak between tests.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync, which disposes the host and the browser.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private PlannerAppFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        // Without a browser there is nothing to start; each test then skips (or fails under CI).
        if (!Chromium.IsInstalled)
        {
            return;
        }
        factory = new PlannerAppFactory();
        BaseUrl = factory.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.LaunchArgs,
        });
        // Blazor Server round trips on two busy cores: give live updates room, never sleep.
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    /// <summary>
    /// A fresh browser profile for one person, in English unless told otherwise, on the shared host
    /// unless another one is given (the drawing-of-lots tests have a host of their own, see <see cref="DrawHost"/>).
    /// </summary>
    public async Task<IPage> NewPersonAsync(string locale = "en-GB", Uri? host = null)
    {
        Chromium.Require();
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = (host ?? BaseUrl).ToString(),
            Locale = locale,
            ViewportSize = new() { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
