using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Checklist;
using Planner.Board.Convention;
using Planner.Board.Documents;
using Planner.Board.Events;
using Planner.Board.Notifications;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Resources;
using Planner.Board.Reviews;
using Planner.Board.Reviews.Opening;
using Planner.Board.States;
using Planner.Board.Queries;
using Planner.Board.Tiles.Commands;
using Planner.Board.Tiles.Contributions;
using Planner.Board.Tiles.Diff;
using Planner.Board.Workflow;

namespace Planner.Board;

public static class BoardServiceCollectionExtensions
{
    /// <summary>Registers the domain, its use cases and its SQLite database.</summary>
    public static IServiceCollection AddBoard(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(ConventionCatalog.Load());
        services.AddSingleton<IBoardEvents, InProcessBoardEvents>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditActor>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<AuditActor>());
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditQueries>();
        services.AddDbContext<PlannerDbContext>(o => o.UseSqlite(connectionString));
        services.AddScoped<ReviewAccess>();
        services.AddScoped<BoardQueries>();
        services.AddScoped<TileChangeRunner>();
        services.AddScoped<MoveTileCommand>();
        services.AddScoped<SaveAnswerCommand>();
        services.AddScoped<AssignAgenciesCommand>();
        services.AddScoped<AddCommentCommand>();
        services.AddScoped<ShareTileCommand>();
        services.AddScoped<ArrangeTileCommand>();
        services.AddScoped<ReorderTileCommand>();
        services.AddScoped<NominateExpertCommand>();
        services.AddScoped<OpenCycleCommand>();
        services.AddScoped<OpenReviewsCommand>();
        services.AddScoped<StatesPartyEditor>();
        services.AddScoped<ChecklistTemplates>();
        services.AddScoped<ChecklistSubmissions>();
        services.AddScoped<ITileEditGuard, ChecklistLock>();
        services.AddScoped<SaveContributionCommand>();
        services.AddScoped<ContributionQueries>();
        services.AddScoped<Checklist.Progress.ProgressQueries>();
        services.AddScoped<Checklist.Previous.PreviousReviews>();
        services.AddScoped<Invitations>();
        services.AddScoped<AccountEvents>();
        services.AddSingleton<TextDiffer>();
        services.AddScoped<AnswerDiffQuery>();
        services.AddBoardDocuments();
        services.AddBoardDeadlinesAndNotifications();
        services.AddBoardResources();
        return services;
    }
}
