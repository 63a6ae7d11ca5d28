using System.Diagnostics.CodeAnalysis;

namespace Planner.Browser.Tests.Infrastructure;

/// <summary>
/// A host of its own for the drawing-of-lots tests, started when first asked for. Those tests
/// schedule a cycle and open dozens of reviews with their boards; on the shared host they would
/// change the list of boards the other tests rely on (a second "Kenya" board when Kenya is drawn).
/// It also remembers the draws the tests have run, so each test finds one whichever ran first.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync, which disposes the host.")]
public sealed class DrawHost : IAsyncLifetime
{
    /// <summary>The sample data records cycles 1 and 2: the tests schedule and draw the next one.</summary>
    public const int Cycle = 3;

    public const int FirstYear = 2027;

    private readonly Lock gate = new();
    private PlannerAppFactory? factory;
    private Uri? baseUrl;

    public Uri BaseUrl
    {
        get
        {
            lock (gate)
            {
                if (baseUrl is null)
                {
                    factory = new PlannerAppFactory();
                    baseUrl = factory.Start();
                }
                return baseUrl;
            }
        }
    }

    /// <summary>The year-1 draw of <see cref="Cycle"/>, run and fully revealed.</summary>
    public Guid? YearOneDraw { get; set; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
