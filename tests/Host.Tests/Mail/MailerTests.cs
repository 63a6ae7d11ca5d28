using Microsoft.Extensions.Options;
using MimeKit;
using Planner.Host.Mail;

namespace Planner.Host.Tests.Mail;

/// <summary>The mailer's settings mean what they say: the TLS mode is enforced, and pickup files are complete RFC 5322 messages.</summary>
public sealed class MailerTests : IAsyncLifetime
{
    private readonly string pickup = Path.Combine(Path.GetTempPath(), "planner-mailer-tests", Guid.NewGuid().ToString("N"));
    private TestSmtpServer smtp = null!;

    public Task InitializeAsync()
    {
        smtp = TestSmtpServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        if (Directory.Exists(pickup))
        {
            Directory.Delete(pickup, recursive: true);
        }
    }

    [Fact]
    public async Task SendAsync_StartTlsRequiredButServerOffersNone_RefusedAndNothingSentInTheClear()
    {
        var mailer = Mailer(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpSecurity = MailSecurity.StartTls });

        await Assert.ThrowsAsync<NotSupportedException>(() => mailer.SendAsync("ruth.nakato@example.org", "Planner: test", "Body"));

        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task SendAsync_NoTlsConfigured_DeliveredOverSmtp()
    {
        var mailer = Mailer(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpSecurity = MailSecurity.None });

        await mailer.SendAsync("ruth.nakato@example.org", "Планировщик: тест", "Тело письма");

        var message = await smtp.WaitForAsync("ruth.nakato@example.org", TimeSpan.FromSeconds(5));
        Assert.Equal(("Планировщик: тест", "Тело письма"), (message.Subject, message.TextBody));
    }

    [Fact]
    public async Task SendAsync_PickupFolder_CompleteEmlWithDisplayNameAndChineseSubject()
    {
        var mailer = Mailer(new MailOptions { PickupFolder = pickup, From = "planner@example.org", FromName = "Planner UNCAC" });

        await mailer.SendAsync("pedro.almeida@example.org", "Planner：邀请", "您好，请设置密码。");

        var file = Assert.Single(Directory.GetFiles(pickup));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var raw = await File.ReadAllTextAsync(file);
        Assert.Contains("\r\n\r\n", raw, StringComparison.Ordinal);
        Assert.True(raw.All(c => c < 128), "Pickup files are 7-bit, so any mail agent may relay them.");
        using var message = await MimeMessage.LoadAsync(file);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Planner UNCAC", "planner@example.org"), (from.Name, from.Address));
        Assert.Equal(("Planner：邀请", "您好，请设置密码。"), (message.Subject, message.TextBody));
    }

    private static Mailer Mailer(MailOptions options) => new(Options.Create(options));
}
