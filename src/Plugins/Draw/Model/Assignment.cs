namespace Planner.Plugins.Draw.Model;

/// <summary>The result for one State under review (D6).</summary>
public sealed record Assignment(string Reviewed, string GroupReviewer, string BoxReviewer)
{
    public string ReviewerOf(SeatKind kind) => kind switch
    {
        SeatKind.Group => GroupReviewer,
        SeatKind.Box => BoxReviewer,
    };
}
