using System.Net;
using System.Net.Http.Json;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Mail;

/// <summary>The host configured for SMTP sends notifications through MailKit to a real SMTP server on loopback.</summary>
public sealed class SmtpMailTests : IAsyncLifetime
{
    private const string SecondReviewer = "pedro.almeida@example.org";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly string[] MentionsOnly = ["Mentioned"];

    private TestSmtpServer smtp = null!;
    private PlannerAppFactory factory = null!;

    public Task InitializeAsync()
    {
        smtp = TestSmtpServer.Start();
        factory = new PlannerAppFactory(b =>
        {
            b.UseSetting("Planner:Mail:SmtpHost", "127.0.0.1");
            b.UseSetting("Planner:Mail:SmtpPort", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // The test server offers no STARTTLS; the default upgrades only when offered.
            b.UseSetting("Planner:Mail:From", "planner@unodc.example.org");
            b.UseSetting("Planner:Mail:FromName", "Planner UNCAC");
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Comment_MentionOfReviewerWhoChoseFrench_FrenchMessageArrivesOverSmtp()
    {
        await ChooseLanguageAsync(SampleUsers.Reviewer, "fr");

        await CommentAsync("@Ruth Nakato, pourriez-vous relire le paragraphe 2 ?");

        var mail = await smtp.WaitForAsync(SampleUsers.Reviewer, Patience);
        Assert.Equal(SampleUsers.Reviewer, Assert.Single(mail.To.Mailboxes).Address);
        var from = Assert.Single(mail.From.Mailboxes);
        Assert.Equal(("Planner UNCAC", "planner@unodc.example.org"), (from.Name, from.Address));
        Assert.Equal("Planner : Joseph Mwangi vous a mentionné dans un commentaire sur l'article 5.", mail.Subject);
        Assert.Contains("Ouvrir l'examen", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == SampleUsers.FocalPoint));
    }

    [Fact]
    public async Task Comment_MentionOfReviewersInArabicAndChinese_SubjectsSurviveEncoding()
    {
        await ChooseLanguageAsync(SampleUsers.Reviewer, "ar");
        await ChooseLanguageAsync(SecondReviewer, "zh");

        await CommentAsync("@Ruth Nakato @Pedro Almeida please compare with article 6.");

        var arabic = await smtp.WaitForAsync(SampleUsers.Reviewer, Patience);
        var chinese = await smtp.WaitForAsync(SecondReviewer, Patience);
        Assert.Equal("Planner: أشار إليك Joseph Mwangi في تعليق على المادة 5.", arabic.Subject);
        Assert.Equal("Planner：Joseph Mwangi 在关于第 5 条的评论中提到了您。", chinese.Subject);
        Assert.StartsWith("أشار إليك Joseph Mwangi", arabic.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Joseph Mwangi 在关于第 5 条", chinese.TextBody, StringComparison.Ordinal);
    }

    private async Task ChooseLanguageAsync(string email, string language)
    {
        var response = await factory.ClientAs(email).PutAsJsonAsync("/api/notifications/settings",
            new { inApp = MentionsOnly, email = MentionsOnly, language }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task CommentAsync(string text)
    {
        var posted = await factory.ClientAs(SampleUsers.FocalPoint).PostAsJsonAsync($"/api/tiles/{factory.TileId(5)}/comments",
            new { text }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }
}
