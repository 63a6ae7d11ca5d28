namespace Planner.Board.Tiles;

/// <summary>One saved version of a tile's answer. Versions are kept forever: nothing is overwritten.</summary>
public sealed class AnswerVersion
{
    private AnswerVersion()
    {
    }

    internal AnswerVersion(Guid tileId, int number, string text, Guid authorId, string authorName, DateTimeOffset savedAt)
    {
        Id = Guid.NewGuid();
        TileId = tileId;
        Number = number;
        Text = text;
        AuthorId = authorId;
        AuthorName = authorName;
        SavedAt = savedAt;
    }

    public Guid Id { get; private set; }

    public Guid TileId { get; private set; }

    /// <summary>1 for the first saved answer, then 2, 3…</summary>
    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset SavedAt { get; private set; }
}
