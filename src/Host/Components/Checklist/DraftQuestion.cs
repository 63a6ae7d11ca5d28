using Planner.Board.Checklist;
using Planner.Board.Convention;

namespace Planner.Host.Components.Checklist;

/// <summary>
/// A question as the secretariat edits it on /checklist: mutable, bound field by field, with an id of
/// its own so the page keeps each question's fields and errors together while the list is reordered.
/// </summary>
public sealed class DraftQuestion
{
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>Null for a question asked for every article.</summary>
    public int? Article { get; init; }

    public string Key { get; set; } = "";

    public QuestionKind Kind { get; set; } = QuestionKind.Text;

    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public string Es { get; set; } = "";
    public string Ru { get; set; } = "";
    public string Zh { get; set; } = "";
    public string Ar { get; set; } = "";

    public static DraftQuestion From(ChecklistQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Text ?? new LocalizedText();
        return new()
        {
            Article = question.Article,
            Key = question.Key,
            Kind = question.Kind,
            En = text.En,
            Fr = text.Fr,
            Es = text.Es,
            Ru = text.Ru,
            Zh = text.Zh,
            Ar = text.Ar,
        };
    }

    public ChecklistQuestion ToQuestion(int order) => new(Key.Trim(), Article, order, Kind, new LocalizedText
    {
        En = En.Trim(),
        Fr = Fr.Trim(),
        Es = Es.Trim(),
        Ru = Ru.Trim(),
        Zh = Zh.Trim(),
        Ar = Ar.Trim(),
    });
}
