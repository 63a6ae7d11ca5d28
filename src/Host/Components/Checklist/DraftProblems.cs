using Planner.Board.Checklist;

namespace Planner.Host.Components.Checklist;

/// <summary>What is wrong with a draft: per question (by its id), whether it has no question at all, and how many problems in all.</summary>
public sealed record DraftProblems(ILookup<Guid, ChecklistProblemKind> ByQuestion, bool NoQuestions, int Count)
{
    public static DraftProblems None { get; } = new(Array.Empty<DraftQuestion>().ToLookup(q => q.Id, _ => ChecklistProblemKind.NoQuestions), false, 0);
}
