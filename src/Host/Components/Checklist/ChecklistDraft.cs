using Planner.Board.Checklist;

namespace Planner.Host.Components.Checklist;

/// <summary>
/// The next version of the checklist as the secretariat edits it: the questions for every article,
/// then each article's own, each list in the order it is asked. <see cref="BasedOn"/> is the latest
/// version when the draft was started, so publishing can refuse if another was published meanwhile.
/// </summary>
public sealed class ChecklistDraft
{
    private ChecklistDraft(int basedOn) => BasedOn = basedOn;

    public int BasedOn { get; }

    public List<DraftQuestion> General { get; } = [];

    /// <summary>Articles with questions of their own, by article number.</summary>
    public SortedDictionary<int, List<DraftQuestion>> ByArticle { get; } = [];

    public static ChecklistDraft From(ChecklistTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var draft = new ChecklistDraft(template.Number);
        foreach (var question in template.Questions.OrderBy(q => q.Order).ThenBy(q => q.Key, StringComparer.Ordinal))
        {
            draft.ListOf(question.Article).Add(DraftQuestion.From(question));
        }
        return draft;
    }

    /// <summary>Every question in publishing order: the general ones, then article by article.</summary>
    public IReadOnlyList<DraftQuestion> InOrder => [.. General, .. ByArticle.Values.SelectMany(q => q)];

    /// <summary>
    /// The questions to publish. General questions are numbered first, so an article's own questions
    /// are asked after them (<see cref="ChecklistTemplate.QuestionsFor"/> sorts by this order).
    /// </summary>
    public IReadOnlyList<ChecklistQuestion> ToQuestions() => [.. InOrder.Select((q, i) => q.ToQuestion(i + 1))];

    /// <summary>What is wrong with each question (by its id), by the rules publishing applies; empty when none.</summary>
    public DraftProblems Problems()
    {
        var order = InOrder;
        var problems = ChecklistValidation.Problems(ToQuestions());
        return new(problems.Where(p => p.Index >= 0).ToLookup(p => order[p.Index].Id, p => p.Kind),
            problems.Any(p => p.Kind == ChecklistProblemKind.NoQuestions), problems.Count);
    }

    public DraftQuestion Add(int? article)
    {
        var question = new DraftQuestion { Article = article };
        ListOf(article).Add(question);
        return question;
    }

    public void Remove(DraftQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var list = ListOf(question.Article);
        list.Remove(question);
        if (question.Article is { } article && list.Count == 0)
        {
            ByArticle.Remove(article);
        }
    }

    /// <summary>Moves a question one place earlier (-1) or later (+1) within its own list; false at either end.</summary>
    public bool Move(DraftQuestion question, int delta)
    {
        ArgumentNullException.ThrowIfNull(question);
        var list = ListOf(question.Article);
        var from = list.IndexOf(question);
        var to = from + delta;
        if (from < 0 || to < 0 || to >= list.Count)
        {
            return false;
        }
        (list[from], list[to]) = (list[to], list[from]);
        return true;
    }

    public List<DraftQuestion> ListOf(int? article)
    {
        if (article is not { } number)
        {
            return General;
        }
        if (!ByArticle.TryGetValue(number, out var list))
        {
            ByArticle[number] = list = [];
        }
        return list;
    }
}
