using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Convention;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Persistence;

/// <summary>The tile commands wired as the host wires them, over one context.</summary>
internal sealed class BoardCommands
{
    private static readonly ConventionCatalog Catalog = ConventionCatalog.Load();

    public BoardCommands(PlannerDbContext db, IBoardEvents events, params ITileMoveGuard[] guards)
        : this(db, events, null, guards)
    {
    }

    public BoardCommands(PlannerDbContext db, IBoardEvents events, AuditActor? actor, params ITileMoveGuard[] guards)
    {
        var runner = new TileChangeRunner(db, new ReviewAccess(db), events, TimeProvider.System, Catalog, actor);
        Move = new MoveTileCommand(runner, guards);
        SaveAnswer = new SaveAnswerCommand(runner);
        AddComment = new AddCommentCommand(runner);
        Assign = new AssignAgenciesCommand(runner, db, guards);
        Arrange = new ArrangeTileCommand(runner);
        Reorder = new ReorderTileCommand(runner, db);
    }

    public ArrangeTileCommand Arrange { get; }

    public ReorderTileCommand Reorder { get; }

    public MoveTileCommand Move { get; }

    public SaveAnswerCommand SaveAnswer { get; }

    public AddCommentCommand AddComment { get; }

    public AssignAgenciesCommand Assign { get; }
}
