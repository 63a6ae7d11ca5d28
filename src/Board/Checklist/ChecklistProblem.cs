namespace Planner.Board.Checklist;

/// <summary>What can be wrong with a question of a checklist draft.</summary>
public enum ChecklistProblemKind
{
    /// <summary>The draft has no question at all.</summary>
    NoQuestions,
    KeyMissing,
    KeyTooLong,
    /// <summary>Another question of the same article (or another general question) has the same key.</summary>
    KeyDuplicate,
    EnglishMissing,
    ArticleOutOfRange,
    KindUnknown,
}

/// <summary>
/// One thing wrong with a draft: the position of the question in the list given (-1 for the draft
/// as a whole) and what is wrong, so an editor can show it next to the field concerned.
/// </summary>
public sealed record ChecklistProblem(int Index, ChecklistProblemKind Kind);
