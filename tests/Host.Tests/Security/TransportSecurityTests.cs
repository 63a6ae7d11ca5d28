using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Sample;
using Planner.Host.Accounts;

namespace Planner.Host.Tests.Security;

/// <summary>Outside development: HTTP is sent to HTTPS, HTTPS answers carry HSTS, and the sign-in cookie is Secure.</summary>
public sealed class TransportSecurityTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task Production_HttpRequest_RedirectsToHttps()
    {
        using var browser = host.NewBrowser("http");

        using var response = await browser.GetAsync(new Uri("/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://planner.example/sign-in", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Production_HttpsPage_CarriesHstsForAYear()
    {
        using var browser = host.NewBrowser("https");

        using var response = await browser.GetAsync(new Uri("/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.DoesNotContain("Demo accounts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_SignIn_CookieIsSecureAndHttpOnly()
    {
        const string email = "joseph.mwangi@example.org";
        const string password = "a production passphrase";
        using (var scope = host.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlannerAccount>>();
            var created = await users.CreateAsync(new PlannerAccount
            {
                Id = SampleDataSeeder.UserIdFor(email), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Joseph Mwangi",
            }, password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        using var browser = host.NewBrowser("https");

        using var response = await browser.SubmitAsync("/sign-in", "sign-in", ("Input.Email", email), ("Input.Password", password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("planner.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
