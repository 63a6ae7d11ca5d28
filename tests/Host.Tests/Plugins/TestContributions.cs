using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

internal sealed class SummarySection : IDocumentSection
{
    public Task<DocumentSectionContent?> BuildAsync(DocumentSectionContext context, CancellationToken cancellationToken) =>
        Task.FromResult<DocumentSectionContent?>(new("Approvals", $"All approved ({context.Language}).", Order: 20));
}

internal sealed class IntroSection : IDocumentSection
{
    public Task<DocumentSectionContent?> BuildAsync(DocumentSectionContext context, CancellationToken cancellationToken) =>
        Task.FromResult<DocumentSectionContent?>(new("About this plugin", "It checks approvals.", Order: 10));
}

internal sealed class BrokenSection : IDocumentSection
{
    public Task<DocumentSectionContent?> BuildAsync(DocumentSectionContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The section broke.");
}

/// <summary>A tile action offered to reviewers only.</summary>
internal sealed class FlagForDialogueAction : ITileAction
{
    public const string Done = "Flagged for the country visit.";

    public string Label(string language) => "Flag for the country visit";

    public bool IsAvailable(TileActionContext context) => context.Actor.Role == Planner.Board.Workflow.ReviewRole.Reviewer;

    public Task<string?> RunAsync(TileActionContext context, IServiceProvider services, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Done);
}

internal sealed class ReportLink : INavigationItem
{
    public string Label(string language) => language == "fr" ? "Rapport du plugin" : "Plugin report";

    public string Href => "/plugins/test-plugin/report";
}

internal sealed class TickingJob : IScheduledJob
{
    public static TaskCompletionSource<bool> Ran { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimeSpan Interval => TimeSpan.FromMilliseconds(50);

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // A real run gets a scope's services: the board database among them.
        Ran.TrySetResult(services.GetService(typeof(Planner.Board.Persistence.PlannerDbContext)) is not null);
        return Task.CompletedTask;
    }
}
