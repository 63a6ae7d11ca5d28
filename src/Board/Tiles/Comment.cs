namespace Planner.Board.Tiles;

/// <summary>A comment on a tile. Comments are only ever added, so they never conflict.</summary>
public sealed class Comment
{
    private Comment()
    {
    }

    internal Comment(Guid tileId, string text, Guid authorId, string authorName, DateTimeOffset postedAt)
    {
        Id = Guid.NewGuid();
        TileId = tileId;
        Text = text;
        AuthorId = authorId;
        AuthorName = authorName;
        PostedAt = postedAt;
    }

    public Guid Id { get; private set; }

    public Guid TileId { get; private set; }

    public string Text { get; private set; } = "";

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset PostedAt { get; private set; }
}
