using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Planner.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Planner.Browser.Tests;

/// <summary>
/// Script in answers and comments, saved through the API and shown in a real browser: no dialog
/// opens, no payload sets its flag, and the Content-Security-Policy never has to step in (a
/// violation would mean the sanitiser let something through that only the CSP stopped).
/// </summary>
/// <remarks>
/// Runs against a host of its own (the shared browser, another port): the shared host's sign-in
/// rate limit (10 a minute from 127.0.0.1) is already spent by the other browser tests, and the
/// payloads stay out of the shared board.
/// </remarks>
[Collection(BrowserGroup.Name)]
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the host through IAsyncLifetime.DisposeAsync.")]
public sealed class XssInBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private PlannerAppFactory? host;
    private Uri baseUrl = new("http://127.0.0.1/");

    /// <summary>Article 55, in Answer: the focal point may answer it.</summary>
    private const int Article = 55;

    private static readonly string[] Answers =
    [
        "Answer one <img src=x onerror=\"window.__xss=1;alert('img')\">",
        "Answer two <svg onload=\"window.__xss=1\"></svg> and [click me](javascript:window.__xss=1;alert('link'))",
        "Answer three <script>window.__xss=1;alert('script')</script> <javascript:window.__xss=1>",
    ];

    private static readonly string[] Comments =
    [
        "<iframe srcdoc=\"<script>parent.__xss=1;parent.alert('frame')</script>\"></iframe>",
        "<details open ontoggle=\"window.__xss=1\">toggle</details>",
        "![pic](x\" onerror=\"window.__xss=1) and [link two](JaVaScRiPt:window.__xss=1)",
        "<a href=\"javascript:window.__xss=1\" onclick=\"window.__xss=1\">anchor</a> <body onload=alert('body')>",
    ];

    private const string Watch = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    public Task InitializeAsync()
    {
        if (Chromium.IsInstalled)
        {
            host = new PlannerAppFactory();
            baseUrl = host.Start();
        }
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task TilePanel_AnswersAndCommentsWithScript_NothingRunsAndCspIsNeverNeeded()
    {
        Chromium.Require();
        var page = await browser.NewPersonAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.Context.AddInitScriptAsync(Watch);
        await SignInAsync(page, DemoUsers.FocalPoint);
        await SavePayloadsAsync(page.Context.APIRequest);

        await page.OpenKenyaBoardAsync();
        var boardUrl = page.Url;
        var panel = await page.OpenTileAsync(Article);
        await Expect(panel.Locator("[data-testid=answer]")).ToContainTextAsync("Answer three <script>");
        await Expect(panel.Locator(".comment")).ToHaveCountAsync(Comments.Length);
        // Open every collapsed answer version (ontoggle would fire now), then click the would-be script links.
        await panel.EvaluateAsync("p => p.querySelectorAll('details').forEach(d => d.open = true)");
        // In the rendered answers: the history's diff shows the same Markdown source again, as plain text.
        await panel.Locator(".markdown").GetByText("click me").ClickAsync();
        await panel.Locator(".markdown").GetByText("link two").ClickAsync();
        await panel.Locator(".comment").GetByText("anchor").ClickAsync();
        // Anything a payload would load (an image, a frame) has been fetched and failed by now.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), "A payload set window.__xss.");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
        Assert.Empty(await panel.EvaluateAsync<string[]>("""
            p => [...p.querySelectorAll('.markdown *, .diff *')].flatMap(e => [
                ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'IMG'].includes(e.tagName.toUpperCase()) ? [e.tagName] : []),
                ...[...e.attributes].filter(a => a.name.startsWith('on') || /^\s*(javascript|vbscript|data):/i.test(a.value))
                    .map(a => e.tagName + ' ' + a.name + '=' + a.value)])
            """));
        Assert.Equal(boardUrl, page.Url);
        await page.Context.CloseAsync();
    }

    /// <summary>PlannerPages.SignInAsync, on this class's own host.</summary>
    private async Task SignInAsync(IPage page, string user)
    {
        var (email, password) = DemoUsers.CredentialsOf(user);
        await page.GotoAsync(Url("/sign-in"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page.Locator("a.board-link").First).ToBeVisibleAsync();
    }

    /// <summary>As the focal point, through the API with the page's own cookie: three answer versions and four comments.</summary>
    private async Task SavePayloadsAsync(IAPIRequestContext api)
    {
        var boards = await JsonOf(await api.GetAsync(Url("/api/boards")));
        var reviewId = boards[0].GetProperty("reviewId").GetString();
        var board = await JsonOf(await api.GetAsync(Url($"/api/boards/{reviewId}")));
        var tile = board.GetProperty("tiles").EnumerateArray().Single(t => t.GetProperty("articleNumber").GetInt32() == Article);
        var tileId = tile.GetProperty("id").GetString();
        var version = tile.GetProperty("version").GetInt32();
        foreach (var text in Answers)
        {
            var saved = await JsonOf(await api.PutAsync(Url($"/api/tiles/{tileId}/answer"), new() { DataObject = new { text, expectedVersion = version } }));
            version = saved.GetProperty("version").GetInt32();
        }
        foreach (var text in Comments)
        {
            await JsonOf(await api.PostAsync(Url($"/api/tiles/{tileId}/comments"), new() { DataObject = new { text } }));
        }
    }

    private string Url(string path) => new Uri(baseUrl, path).ToString();

    private static async Task<JsonElement> JsonOf(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Url}: HTTP {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
