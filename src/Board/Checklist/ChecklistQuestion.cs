using Planner.Board.Convention;

namespace Planner.Board.Checklist;

/// <summary>How a question is answered: a compliance choice with an explanation, or free text.</summary>
public enum QuestionKind
{
    Compliance,
    Text,
}

/// <summary>The State's own assessment of its compliance with a provision (S1).</summary>
public enum Compliance
{
    Yes,
    InPart,
    No,
}

/// <summary>
/// A question of the self-assessment checklist: asked for every article (<paramref name="Article"/>
/// null) or for one; <paramref name="Key"/> is stable across template versions so answers keep
/// their meaning when the wording is improved.
/// </summary>
public sealed record ChecklistQuestion(string Key, int? Article, int Order, QuestionKind Kind, LocalizedText Text);
