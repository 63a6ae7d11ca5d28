using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Reviews;
using Planner.Board.Sample;
using Planner.Board.Workflow;
using Planner.Host.Accounts;
using Planner.Host.Security;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// The real sign-in, as a browser does it (forms with antiforgery tokens, cookies, redirects),
/// with the sample's demo accounts: passwords, lockout, the sign-in rate limit, invitations and
/// two-factor codes. Each test uses an account no other test here touches.
/// </summary>
public sealed class AccountTests(AccountHost host) : IClassFixture<AccountHost>
{
    private const string AuthCookie = "planner.auth";

    [Fact]
    public async Task SignIn_RightPassword_RedirectsHomeWithHttpOnlyCookie()
    {
        using var browser = host.NewBrowser();

        using var response = await SignInAsync(browser, "joseph.mwangi@example.org", "focal-point-demo-2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", LocalTarget(response));
        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var boards = await browser.GetAsync(new Uri("/api/boards", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, boards.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task SignIn_ReturnUrlToAnotherSite_RedirectsHomeInstead(string returnUrl)
    {
        using var browser = host.NewBrowser();

        using var response = await browser.SubmitAsync($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", "sign-in",
            ("Input.Email", "daniel.otieno@example.org"), ("Input.Password", "agency-expert-demo-2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", LocalTarget(response));
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        using var browser = host.NewBrowser();

        using var response = await SignInAsync(browser, "pedro.almeida@example.org", "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong e-mail or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        using var boards = await browser.GetAsync(new Uri("/api/boards", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, boards.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_SixthWithRightPasswordIsLockedOut()
    {
        using var browser = host.NewBrowser();
        for (var i = 0; i < AccountsSetup.MaxFailedAttempts; i++)
        {
            using var wrong = await SignInAsync(browser, "olga.ivanova@example.org", $"wrong-password-number-{i}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var response = await SignInAsync(browser, "olga.ivanova@example.org", "observer-demo-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_MoreThanTenPostsPerMinuteFromOneAddress_Returns429ButOtherAddressesGoOn()
    {
        using var browser = host.NewBrowser();
        for (var i = 0; i < SignInRateLimit.AttemptsPerMinute; i++)
        {
            using var allowed = await SignInAsync(browser, $"nobody-{i}@example.org", "no-such-account-here");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignInAsync(browser, "nobody@example.org", "no-such-account-here");
        using var other = host.NewBrowser();
        using var fromElsewhere = await SignInAsync(other, "nobody@example.org", "no-such-account-here");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var browser = host.NewBrowser();
        using var page = await browser.GetAsync(new Uri("/sign-in", UriKind.Relative));

        using var response = await browser.SubmitWithoutTokenAsync("/sign-in", "sign-in",
            ("Input.Email", "daniel.otieno@example.org"), ("Input.Password", "agency-expert-demo-2026"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invitation_SetPassword_SignsInOnceAndTheLinkIsThenUsed()
    {
        var token = await NominateAsync("Nadia Newcomer", "nadia.newcomer@example.org");
        using var browser = host.NewBrowser();

        var form = await browser.GetStringAsync(new Uri($"/invitations/{token}", UriKind.Relative));
        Assert.Contains("Welcome, Nadia Newcomer.", form, StringComparison.Ordinal);
        using var response = await browser.SubmitAsync($"/invitations/{token}", "set-password",
            ("Input.Password", "a long and memorable passphrase"), ("Input.Confirm", "a long and memorable passphrase"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", LocalTarget(response));
        Assert.Contains(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        using var boards = await browser.GetAsync(new Uri("/api/boards", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, boards.StatusCode);

        using var later = host.NewBrowser();
        var reused = await later.GetStringAsync(new Uri($"/invitations/{token}", UriKind.Relative));
        Assert.Contains("already been used", reused, StringComparison.Ordinal);
        Assert.DoesNotContain("_handler", reused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_ShortPassword_IsRefusedAndTheLinkStaysValid()
    {
        var token = await NominateAsync("Sam Short", "sam.short@example.org");
        using var browser = host.NewBrowser();

        using var response = await browser.SubmitAsync($"/invitations/{token}", "set-password",
            ("Input.Password", "short1"), ("Input.Confirm", "short1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 12 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        Assert.Null(await host.WithServicesAsync(s => s.GetRequiredService<UserManager<PlannerAccount>>().FindByEmailAsync("sam.short@example.org")));
        var again = await browser.GetStringAsync(new Uri($"/invitations/{token}", UriKind.Relative));
        Assert.Contains("value=\"set-password\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_OlderThanTenDays_ShowsExpiredAndNoForm()
    {
        var token = await host.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlannerDbContext>();
            var user = new User(Guid.NewGuid(), "Late Larry", "late.larry@example.org", isSecretariat: false);
            var (invitation, token) = Invitation.Create(user.Id, null, "x", DateTimeOffset.UtcNow.AddDays(-11));
            db.Users.Add(user);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return token;
        });
        using var browser = host.NewBrowser();

        var page = await browser.GetStringAsync(new Uri($"/invitations/{token}", UriKind.Relative));

        Assert.Contains("expired", page, StringComparison.Ordinal);
        Assert.DoesNotContain("_handler", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_TokenIsStoredOnlyAsItsHash()
    {
        var token = await NominateAsync("Hana Hash", "hana.hash@example.org");

        var stored = await host.WithServicesAsync(s =>
            Task.FromResult(s.GetRequiredService<PlannerDbContext>().Invitations.Select(i => i.TokenHash).ToList()));

        Assert.DoesNotContain(token, stored);
        Assert.Contains(Invitation.HashOf(token), stored);
    }

    [Fact]
    public async Task TwoFactor_Enabled_PasswordLeadsToCodeStepWhereOnlyTheRightCodeSignsIn()
    {
        const string email = "ruth.nakato@example.org";
        var key = await host.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PlannerAccount>>();
            var account = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("No demo account.");
            await users.ResetAuthenticatorKeyAsync(account);
            await users.SetTwoFactorEnabledAsync(account, true);
            return await users.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException("No key.");
        });
        using var browser = host.NewBrowser();

        using var password = await SignInAsync(browser, email, "reviewer-demo-2026");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var codeStep = LocalTarget(password) ?? "";
        Assert.StartsWith("/sign-in/two-factor", codeStep, StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(password), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        using (var notYet = await browser.GetAsync(new Uri("/api/boards", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, notYet.StatusCode);
        }

        using var wrong = await browser.SubmitAsync(codeStep, "two-factor", ("Input.Code", WrongCode(key)));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not valid.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(wrong), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));

        using var right = await browser.SubmitAsync(codeStep, "two-factor", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", LocalTarget(right));
        Assert.Contains(SetCookies(right), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        using var boards = await browser.GetAsync(new Uri("/api/boards", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, boards.StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password) =>
        browser.SubmitAsync("/sign-in", "sign-in", ("Input.Email", email), ("Input.Password", password));

    /// <summary>Where a redirect goes, as a local path; a redirect to another host is returned whole, so it fails the comparison.</summary>
    private static string? LocalTarget(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: false } relative => relative.OriginalString,
        { Host: "localhost" } absolute => absolute.PathAndQuery,
        var elsewhere => elsewhere.OriginalString,
    };

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>Six digits that are none of the codes the host accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now, step)).ToHashSet();
        return Enumerable.Range(0, 20).Select(i => ((int.Parse(valid.First(), System.Globalization.CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !valid.Contains(code));
    }

    /// <summary>The secretariat nominates a reviewer to the Kenya review; returns the invitation token.</summary>
    private Task<string> NominateAsync(string name, string email) => host.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PlannerDbContext>();
        var reviewId = db.Reviews.Select(r => r.Id).Single();
        var result = await services.GetRequiredService<NominateExpertCommand>().ExecuteAsync(
            new NominateExpert(reviewId, name, email, ReviewRole.Reviewer, null), SampleDataSeeder.UserIdFor(SampleUsers.Secretariat));
        Assert.Equal(NominationStatus.Nominated, result.Status);
        return result.InvitationToken!;
    });
}
