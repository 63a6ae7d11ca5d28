namespace Planner.Board.Reviews;

/// <summary>A national agency of the State under review that answers the articles assigned to it.</summary>
public sealed class Agency
{
    private Agency()
    {
    }

    public Agency(Guid id, Guid reviewId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        ReviewId = reviewId;
        Name = name.Trim();
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public string Name { get; private set; } = "";
}
