namespace Planner.Board.Checklist;

/// <summary>
/// The rules a checklist version must follow, question by question (S1): every question has a key
/// of at most <see cref="MaxKeyLength"/> characters, unique per article; an English text (the other
/// languages fall back to it); a known kind; and no article or one of the Convention's 1–71.
/// </summary>
public static class ChecklistValidation
{
    public const int MaxKeyLength = 40;

    public const int LastArticle = 71;

    /// <summary>Every problem of the draft, in the order of its questions; empty when it may be published.</summary>
    public static IReadOnlyList<ChecklistProblem> Problems(IReadOnlyList<ChecklistQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            return [new(-1, ChecklistProblemKind.NoQuestions)];
        }
        var problems = new List<ChecklistProblem>();
        var seen = new HashSet<(string, int?)>();
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            if (string.IsNullOrWhiteSpace(q.Key))
            {
                problems.Add(new(i, ChecklistProblemKind.KeyMissing));
            }
            else if (q.Key.Length > MaxKeyLength)
            {
                problems.Add(new(i, ChecklistProblemKind.KeyTooLong));
            }
            // The first of two equal keys is fine; the later one is the one to change.
            else if (!seen.Add((q.Key, q.Article)))
            {
                problems.Add(new(i, ChecklistProblemKind.KeyDuplicate));
            }
            if (string.IsNullOrWhiteSpace(q.Text?.En))
            {
                problems.Add(new(i, ChecklistProblemKind.EnglishMissing));
            }
            if (q.Article is not null and (< 1 or > LastArticle))
            {
                problems.Add(new(i, ChecklistProblemKind.ArticleOutOfRange));
            }
            if (!Enum.IsDefined(q.Kind))
            {
                problems.Add(new(i, ChecklistProblemKind.KindUnknown));
            }
        }
        return problems;
    }
}
