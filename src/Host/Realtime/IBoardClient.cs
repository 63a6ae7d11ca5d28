using Planner.Board.Events;

namespace Planner.Host.Realtime;

/// <summary>What the hub calls on every client that joined a board. Each tile event carries the tile's new version.</summary>
public interface IBoardClient
{
    Task TileMoved(TileMoved change);

    Task AnswerSaved(AnswerSaved change);

    Task TileAssigned(TileAssigned change);

    Task CommentAdded(CommentAdded change);

    Task TileShared(TileShared change);

    Task DocumentsChanged(DocumentsChanged change);

    Task PresenceChanged(PresenceChanged presence);

    Task TileArranged(TileArranged change);
}
