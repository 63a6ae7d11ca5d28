using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Convention;
using Planner.Board.Persistence;

namespace Planner.Plugins.Draw.Pages;

/// <summary>
/// What every draw page needs: who is signed in (and whether they are the secretariat), and a fresh
/// service scope per operation. Pages stay open for a whole session and are re-rendered by the live
/// feed at any moment, so they never share one database context across operations.
/// </summary>
public abstract class DrawPageBase : ComponentBase
{
    [Inject] protected IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [CascadingParameter] protected Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected Guid UserId { get; private set; }

    protected string UserName { get; private set; } = "";

    protected bool IsSecretariat { get; private set; }

    /// <summary>The viewer's language; names of States and groups are shown in it.</summary>
    protected static string Language => UnLanguages.Normalize(CultureInfo.CurrentUICulture.Name);

    /// <summary>A message for the viewer after an action (role=status or role=alert).</summary>
    protected string? Message { get; set; }

    protected bool MessageIsError { get; set; }

    private CultureInfo culture = CultureInfo.CurrentCulture;
    private CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    protected override async Task OnInitializedAsync()
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        var user = (await AuthenticationState).User;
        if (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            UserId = id;
            await using var scope = ScopeFactory.CreateAsyncScope();
            var me = await scope.ServiceProvider.GetRequiredService<PlannerDbContext>().Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
            UserName = me?.DisplayName ?? "";
            IsSecretariat = me?.IsSecretariat == true;
        }
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>
    /// Runs <paramref name="work"/> on this page's circuit, in its viewer's language. Live updates
    /// arrive on the thread of whoever caused them (the secretariat running the draw, in their
    /// language); without this, each watcher's page would re-render in the runner's language.
    /// </summary>
    protected Task InvokeForViewerAsync(Func<Task> work) => InvokeAsync(async () =>
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        await work();
    });

    /// <summary>Runs <paramref name="work"/> with services from a scope of its own.</summary>
    protected async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = ScopeFactory.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected void Say(string message, bool error = false)
    {
        Message = message;
        MessageIsError = error;
    }
}
