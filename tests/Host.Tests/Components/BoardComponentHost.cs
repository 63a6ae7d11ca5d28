using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board;
using Planner.Board.Documents;
using Planner.Board.Persistence;
using Planner.Host.Components.Board;
using Planner.Host.Documents;
using Planner.Host.Localization;
using Planner.Host.Plugins;
using Planner.Host.Realtime;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

/// <summary>
/// A bunit context with the services the board components inject, over a real in-memory SQLite
/// database seeded with the sample review. The database lives as long as one open connection;
/// every scope's DbContext opens its own connection to the same shared-cache database.
/// Browser storage goes to bunit's JS interop in loose mode (it finds no drafts).
/// </summary>
internal sealed class BoardComponentHost : IAsyncDisposable
{
    private readonly string connectionString = $"DataSource=file:memdb{Guid.NewGuid():N}?mode=memory&cache=shared";
    private readonly SqliteConnection keepAlive;
    private readonly string documentsFolder = Path.Combine(Path.GetTempPath(), "planner-bunit-documents", Guid.NewGuid().ToString("N"));

    private BoardComponentHost()
    {
        keepAlive = new SqliteConnection(connectionString);
        Bunit.Services.AddLogging();
        Bunit.Services.AddLocalization();
        Bunit.Services.AddBoard(connectionString);
        Bunit.Services.AddSingleton<RefusalMessages>();
        Bunit.Services.AddSingleton<PresenceTracker>();
        Bunit.Services.AddSingleton<BoardOperations>();
        Bunit.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Bunit.Services.AddSingleton<IDocumentStore>(sp => new EncryptedFileStore(documentsFolder, sp.GetRequiredService<IDataProtectionProvider>()));
        Bunit.Services.AddScoped<ProtectedLocalStorage>();
        Bunit.Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Bunit.Services.AddSingleton(new PluginCatalog());
        Bunit.Services.AddPluginRuntime();
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public BunitContext Bunit { get; } = new();

    public Guid ReviewId { get; private set; }

    /// <param name="configure">Adds or replaces services before any is resolved (bunit takes none after).</param>
    public static async Task<BoardComponentHost> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var host = new BoardComponentHost();
        configure?.Invoke(host.Bunit.Services);
        await host.keepAlive.OpenAsync();
        await using var db = host.NewContext();
        await DatabaseInitializer.InitializeAsync(db, () => File.OpenRead(RepositoryFiles.SampleReview), TimeProvider.System);
        host.ReviewId = await db.Reviews.Select(r => r.Id).SingleAsync();
        return host;
    }

    public async Task<Guid> UserIdAsync(string email)
    {
        await using var db = NewContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public async Task<Guid> TileIdAsync(int article)
    {
        await using var db = NewContext();
        return await db.Tiles.Where(t => t.ArticleNumber == article).Select(t => t.Id).SingleAsync();
    }

    /// <summary>Signs the rendered components in as this user (the cascading authentication state); returns the user id.</summary>
    public async Task<Guid> SignInAsync(string email)
    {
        var userId = await UserIdAsync(email);
        await using var db = NewContext();
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();
        Bunit.AddAuthorization().SetAuthorized(name).SetClaims(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
        // The components read RendererInfo; touching the renderer completes the services, so this comes last.
        Bunit.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return userId;
    }

    /// <summary>Runs a use case as the app would, in a scope of its own.</summary>
    public Task<T> RunAsync<TService, T>(Func<TService, Task<T>> operation) where TService : notnull =>
        Bunit.Services.GetRequiredService<BoardOperations>().RunAsync(operation);

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        await keepAlive.DisposeAsync();
        if (Directory.Exists(documentsFolder))
        {
            Directory.Delete(documentsFolder, recursive: true);
        }
    }

    private PlannerDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PlannerDbContext>().UseSqlite(connectionString).Options);
}
