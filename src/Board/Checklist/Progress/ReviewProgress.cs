using Planner.Board.Tiles;

namespace Planner.Board.Checklist.Progress;

/// <summary>How complete one article is (S4): questions answered in the agencies' contributions, the State's answer, documents, agencies done.</summary>
public sealed record TileProgress(
    Guid TileId, int Article, Column Column, int Questions, int QuestionsAnswered, bool HasStateAnswer, int Documents,
    int Agencies, int AgenciesDone, DateOnly? DueDate, bool Overdue);

/// <summary>How far one agency is: its articles, how many it marked done, questions it answered, its overdue articles.</summary>
public sealed record AgencyProgress(Guid AgencyId, string Name, int Articles, int Done, int QuestionsAnswered, int Questions, int Overdue);

/// <summary>A review's progress dashboard: per article, per agency, and overall.</summary>
public sealed record ReviewProgress(
    Guid ReviewId, DateOnly Today, IReadOnlyList<TileProgress> Tiles, IReadOnlyList<AgencyProgress> Agencies, bool ChecklistSubmitted)
{
    public int Articles => Tiles.Count;

    public int ArticlesAnswered => Tiles.Count(t => t.HasStateAnswer);

    public int Questions => Tiles.Sum(t => t.Questions);

    public int QuestionsAnswered => Tiles.Sum(t => t.QuestionsAnswered);

    public int Documents => Tiles.Sum(t => t.Documents);

    public int Overdue => Tiles.Count(t => t.Overdue);

    /// <summary>Whole percent, rounded down, so 100 % means really complete.</summary>
    public static int Percent(int part, int whole) => whole == 0 ? 0 : part * 100 / whole;
}
