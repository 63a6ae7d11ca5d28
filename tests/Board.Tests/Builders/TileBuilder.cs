using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Builders;

/// <summary>
/// Builds a tile through the domain's own methods, as the secretariat would, so a built tile is
/// always one the workflow could have produced. What is needed to reach the column but not given
/// (an agency to leave Assign, an answer to leave Answer) is filled in with a default; a tile in
/// Assign with an answer is answered in Answer and sent back.
/// </summary>
internal sealed class TileBuilder
{
    public const string DefaultAnswer = "The State has adopted a national anti-corruption strategy.";

    private readonly List<Guid> agencies = [];
    private Guid id = Guid.NewGuid();
    private Guid reviewId = Guid.NewGuid();
    private int article = 5;
    private Column column = Column.Assign;
    private string? answer;
    private Actor answeredBy = Actors.Secretariat;

    public TileBuilder WithId(Guid tileId)
    {
        id = tileId;
        return this;
    }

    public TileBuilder OnReview(Guid review)
    {
        reviewId = review;
        return this;
    }

    public TileBuilder ForArticle(int number)
    {
        article = number;
        return this;
    }

    public TileBuilder AssignedTo(params Guid[] agencyIds)
    {
        agencies.AddRange(agencyIds);
        return this;
    }

    public TileBuilder InColumn(Column target)
    {
        column = target;
        return this;
    }

    public TileBuilder WithAnswer(string text, Actor? by = null)
    {
        answer = text;
        answeredBy = by ?? Actors.Secretariat;
        return this;
    }

    public Tile Build()
    {
        var by = Actors.Secretariat;
        var now = Actors.Now;
        var tile = new Tile(id, reviewId, article);
        var text = answer ?? (column >= Column.Review ? DefaultAnswer : null);
        // A tile in Assign with an answer was answered and then sent back.
        var passesThroughAnswer = column >= Column.Answer || text is not null;
        var assignees = agencies.Count == 0 && passesThroughAnswer ? [Actors.ExpertAgency] : agencies;
        if (assignees.Count > 0)
        {
            Ensure(tile.AssignAgencies(assignees, by, tile.Version, now));
        }
        // Assigning an agency sends the tile to Answer; a tile built in Assign with agencies was sent back.
        if (passesThroughAnswer && tile.Column == Column.Assign)
        {
            Ensure(tile.MoveTo(Column.Answer, by, tile.Version, now));
        }
        if (text is not null)
        {
            Ensure(tile.SaveAnswer(text, answeredBy, tile.Version, now));
        }
        if (column == Column.Assign && tile.Column == Column.Answer)
        {
            Ensure(tile.MoveTo(Column.Assign, by, tile.Version, now));
        }
        if (column >= Column.Review)
        {
            Ensure(tile.MoveTo(Column.Review, by, tile.Version, now));
        }
        if (column >= Column.Finalise)
        {
            Ensure(tile.MoveTo(Column.Finalise, by, tile.Version, now));
        }
        return tile;
    }

    private static void Ensure(WorkflowDecision decision)
    {
        if (!decision.IsAllowed)
        {
            throw new InvalidOperationException($"The workflow refused a step of the builder: {decision.Refusal}.");
        }
    }
}
