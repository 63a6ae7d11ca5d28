using System.Text.Json;

namespace Planner.Board.Checklist;

/// <summary>
/// One version of the self-assessment checklist (S1): the same questions for every State. Versions
/// are never changed once published; a review keeps the version it started with.
/// </summary>
public sealed class ChecklistTemplate
{
    private string questionsJson = "[]";
    private IReadOnlyList<ChecklistQuestion>? questions;

    private ChecklistTemplate()
    {
    }

    public ChecklistTemplate(int number, IReadOnlyList<ChecklistQuestion> questions, string publishedBy, DateTimeOffset publishedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(questions);
        Number = number;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
        questionsJson = JsonSerializer.Serialize(questions, ChecklistJson.Options);
    }

    public int Number { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public IReadOnlyList<ChecklistQuestion> Questions =>
        questions ??= JsonSerializer.Deserialize<List<ChecklistQuestion>>(questionsJson, ChecklistJson.Options) ?? [];

    /// <summary>The questions an article's tile asks, in order: those for every article, then its own.</summary>
    public IReadOnlyList<ChecklistQuestion> QuestionsFor(int article) =>
        [.. Questions.Where(q => q.Article is null || q.Article == article).OrderBy(q => q.Order).ThenBy(q => q.Key, StringComparer.Ordinal)];
}

/// <summary>How the checklist's JSON columns are written: web names, enums by name (readable in the audit log).</summary>
internal static class ChecklistJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
