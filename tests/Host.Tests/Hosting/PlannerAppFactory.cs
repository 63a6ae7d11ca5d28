using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Planner.Board.People;
using Planner.Board.Persistence;

namespace Planner.Host.Tests.Hosting;

/// <summary>
/// The whole host in process, on a database of its own: each factory gets a fresh data folder,
/// so it starts with a new SQLite database seeded with the sample review, and deletes the
/// folder when disposed. Requests sign in with the <see cref="TestUserHandler.UserHeader"/> header;
/// without it the host's own cookie scheme answers, as for a browser that is not signed in.
/// </summary>
public sealed class PlannerAppFactory(Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public PlannerAppFactory()
        : this(null)
    {
    }

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "planner-host-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, Guid> userIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<int, Guid> tileIds = new();

    /// <summary>The Kenya review of the sample.</summary>
    public Guid ReviewId => WithDb(db => db.Reviews.Select(r => r.Id).Single());

    public Guid UserId(string email) =>
        userIds.GetOrAdd(email, e => WithDb(db => db.Users.Where(u => u.Email == e).Select(u => u.Id).Single()));

    /// <summary>The id of the Kenya board's tile for a Convention article.</summary>
    public Guid TileId(int article) =>
        tileIds.GetOrAdd(article, a => WithDb(db => db.Tiles.Where(t => t.ArticleNumber == a).Select(t => t.Id).Single()));

    /// <summary>Adds a signed-in user who has no role on any review; returns their e-mail.</summary>
    public string AddUserWithoutRole()
    {
        var email = $"outsider-{Guid.NewGuid():N}@example.org";
        WithDb(db =>
        {
            db.Users.Add(new User(Guid.NewGuid(), "Otto Outsider", email, isSecretariat: false));
            return db.SaveChanges();
        });
        return email;
    }

    public HttpClient ClientAs(string email)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(TestUserHandler.UserHeader, UserId(email).ToString());
        return client;
    }

    /// <summary>A client that is not signed in and does not follow redirects.</summary>
    public HttpClient Anonymous()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A SignalR connection to /hubs/board as this user (not started).</summary>
    public HubConnection HubAs(string email) => Hub(UserId(email).ToString());

    /// <summary>A SignalR connection to /hubs/board that is not signed in (not started).</summary>
    public HubConnection AnonymousHub() => Hub(null);

    private HubConnection Hub(string? userId)
    {
        var server = Server;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/board"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (userId is not null)
                {
                    o.Headers[TestUserHandler.UserHeader] = userId;
                }
                o.WebSocketFactory = async (context, ct) =>
                {
                    var sockets = server.CreateWebSocketClient();
                    if (userId is not null)
                    {
                        sockets.ConfigureRequest = r => r.Headers[TestUserHandler.UserHeader] = userId;
                    }
                    return await sockets.ConnectAsync(context.Uri, ct);
                };
            })
            // The server sends enums (columns, roles) as strings.
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
    }

    public T WithDb<T>(Func<PlannerDbContext, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider.GetRequiredService<PlannerDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Planner:DataFolder", dataFolder);
        builder.UseSetting("Planner:SampleReview", SampleReviewPath());
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication()
                .AddPolicyScheme(TestUserHandler.PolicyScheme, "Test user or cookie", o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestUserHandler.UserHeader)
                        ? TestUserHandler.HeaderScheme
                        : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
                .AddScheme<AuthenticationSchemeOptions, TestUserHandler>(TestUserHandler.HeaderScheme, null);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestUserHandler.PolicyScheme;
                o.DefaultAuthenticateScheme = TestUserHandler.PolicyScheme;
                o.DefaultChallengeScheme = TestUserHandler.PolicyScheme;
            });
        });
        configure?.Invoke(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled SQLite connections keep the database file open.
        SqliteConnection.ClearAllPools();
        // A temporary folder: a file still being closed by a stopping background task must not fail the test.
        for (var attempt = 0; attempt < 5 && Directory.Exists(dataFolder); attempt++)
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The host copies the sample to its output's SampleData folder; the repository's copy is the fallback.</summary>
    private static string SampleReviewPath()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "SampleData", "sample-review.json");
        return File.Exists(copied) ? copied : RepositoryFiles.SampleReview;
    }
}
