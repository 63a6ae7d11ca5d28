using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Planner.Host.Mail;
using Planner.Host.Notifications;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Notifications;

/// <summary>From a change made through the API to the bell's count and an .eml file in the Development pickup folder.</summary>
public sealed class NotificationFlowTests : IAsyncLifetime
{
    private static readonly string[] MentionsOnly = ["Mentioned"];

    private PlannerAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new PlannerAppFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Comment_MentionOfReviewerWhoChoseFrench_UnreadForReviewerAndFrenchMailNothingForAuthor()
    {
        var reviewer = factory.ClientAs(SampleUsers.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PutAsJsonAsync("/api/notifications/settings",
            new { inApp = MentionsOnly, email = MentionsOnly, language = "fr" }, ApiJson.Options)).StatusCode);
        var focalPoint = factory.ClientAs(SampleUsers.FocalPoint);

        var posted = await focalPoint.PostAsJsonAsync($"/api/tiles/{factory.TileId(5)}/comments",
            new { text = "@Ruth Nakato, could you look at paragraph 2?" }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await Eventually.WaitForAsync(() => reviewer.GetFromJsonAsync<NotificationPage>("/api/notifications", ApiJson.Options), p => p!.Unread == 1);
        Assert.Equal(5, page!.Items[0].ArticleNumber);
        var mail = await WaitForMailAsync(SampleUsers.Reviewer);
        Assert.Equal("Planner : Joseph Mwangi vous a mentionné dans un commentaire sur l'article 5.", mail.Subject);
        Assert.Contains("Ouvrir l'examen", mail.Body, StringComparison.Ordinal);
        Assert.Equal(0, (await focalPoint.GetFromJsonAsync<NotificationPage>("/api/notifications", ApiJson.Options))!.Unread);
    }

    [Fact]
    public async Task MarkRead_OwnNotification_UnreadFallsAndOthersIdNotFound()
    {
        var reviewer = factory.ClientAs(SampleUsers.Reviewer);
        await factory.ClientAs(SampleUsers.FocalPoint).PostAsJsonAsync($"/api/tiles/{factory.TileId(5)}/comments",
            new { text = "@ruth.nakato@example.org please check" }, ApiJson.Options);
        var page = await Eventually.WaitForAsync(() => reviewer.GetFromJsonAsync<NotificationPage>("/api/notifications", ApiJson.Options), p => p!.Unread == 1);
        var id = page!.Items[0].Id;

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(SampleUsers.Observer).PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);

        Assert.Equal(0, (await reviewer.GetFromJsonAsync<NotificationPage>("/api/notifications", ApiJson.Options))!.Unread);
    }

    [Fact]
    public async Task Settings_UnknownLanguage_BadRequest()
    {
        var response = await factory.ClientAs(SampleUsers.Reviewer).PutAsJsonAsync("/api/notifications/settings",
            new { inApp = Array.Empty<string>(), email = Array.Empty<string>(), language = "de" }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<EmlFile> WaitForMailAsync(string to)
    {
        var folder = factory.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupFolder!;
        var deadline = DateTime.UtcNow + Eventually.Patience;
        while (DateTime.UtcNow < deadline)
        {
            var found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(EmlFile.TryRead).FirstOrDefault(m => m is not null && m.To.Contains(to, StringComparison.OrdinalIgnoreCase))
                : null;
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No e-mail to {to} in {folder}.");
    }

}
