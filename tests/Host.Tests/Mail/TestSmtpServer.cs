using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Planner.Host.Tests.Mail;

/// <summary>A real SMTP server on a free loopback port, keeping every message it receives, parsed with MimeKit.</summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Inbox inbox = new();
    private readonly Task running;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).IsSecure(false))
            .Build();
        var services = new ServiceProvider();
        services.Add(inbox);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => inbox.Messages;

    public static TestSmtpServer Start() => new(FreeLoopbackPort());

    /// <summary>The first message to <paramref name="address"/>, waiting for it up to <paramref name="patience"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            var found = inbox.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address.Equals(address, StringComparison.OrdinalIgnoreCase)));
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No message to {address} reached the SMTP server on port {Port}.");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }
        stop.Dispose();
        foreach (var message in inbox.Messages)
        {
            message.Dispose();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Inbox : MessageStore
    {
        private readonly ConcurrentQueue<MimeMessage> messages = new();

        public IReadOnlyCollection<MimeMessage> Messages => messages;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
