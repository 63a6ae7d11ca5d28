using Planner.Board.Checklist;
using Planner.Board.Convention;
using Planner.Board.Tests.Persistence;

namespace Planner.Board.Tests.Checklist;

/// <summary>The checklist's versions (S1): what a version must be, and who may publish one on top of which.</summary>
public sealed class ChecklistTemplatesTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void Problems_SameKeyTwiceOnOneArticle_FlagsTheSecondOnly()
    {
        ChecklistQuestion[] questions = [Question("authority", 55), Question("authority", 46), Question("authority", 55)];

        var problems = ChecklistValidation.Problems(questions);

        Assert.Equal([new ChecklistProblem(2, ChecklistProblemKind.KeyDuplicate)], problems);
        Assert.False(ChecklistTemplates.IsValid(questions));
    }

    [Fact]
    public void Problems_EachRuleBroken_NamesTheQuestionAndTheRule()
    {
        ChecklistQuestion[] questions =
        [
            Question(" ", null),
            Question(new string('k', ChecklistValidation.MaxKeyLength + 1), null),
            Question("no-english", null) with { Text = new LocalizedText { Fr = "Seulement en français" } },
            Question("article-72", 72),
            Question("kind", null) with { Kind = (QuestionKind)9 },
            Question("fine", 5),
        ];

        var problems = ChecklistValidation.Problems(questions);

        Assert.Equal(
        [
            new ChecklistProblem(0, ChecklistProblemKind.KeyMissing),
            new ChecklistProblem(1, ChecklistProblemKind.KeyTooLong),
            new ChecklistProblem(2, ChecklistProblemKind.EnglishMissing),
            new ChecklistProblem(3, ChecklistProblemKind.ArticleOutOfRange),
            new ChecklistProblem(4, ChecklistProblemKind.KindUnknown),
        ], problems);
        Assert.True(ChecklistTemplates.IsValid([questions[5]]));
        Assert.Equal([new ChecklistProblem(-1, ChecklistProblemKind.NoQuestions)], ChecklistValidation.Problems([]));
    }

    [Fact]
    public async Task PublishAsync_ExpectedVersionIsLatest_PublishesTheNextNumber()
    {
        await using var db = database.NewContext();
        var templates = new ChecklistTemplates(db, TimeProvider.System);

        var result = await templates.PublishAsync(DefaultChecklist.Questions, Seed.SecretariatId, expectedLatest: 1);

        Assert.Equal(PublishStatus.Published, result.Status);
        Assert.Equal(2, result.Published!.Number);
        Assert.Equal("Sam Secretariat", result.Latest.PublishedBy);
    }

    [Fact]
    public async Task PublishAsync_AnotherVersionPublishedSinceTheDraft_StaleWithTheLatestAndNothingAdded()
    {
        await using var db = database.NewContext();
        var templates = new ChecklistTemplates(db, TimeProvider.System);
        Assert.NotNull(await templates.PublishAsync(DefaultChecklist.Questions, Seed.SecretariatId));

        var result = await templates.PublishAsync([Question("late", null)], Seed.SecretariatId, expectedLatest: 1);

        Assert.Equal(PublishStatus.Stale, result.Status);
        Assert.Null(result.Published);
        Assert.Equal(2, result.Latest.Number);
        Assert.Equal(2, (await templates.LatestAsync()).Number);
    }

    [Fact]
    public async Task PublishAsync_NotSecretariat_NotAllowed()
    {
        await using var db = database.NewContext();
        var templates = new ChecklistTemplates(db, TimeProvider.System);

        var result = await templates.PublishAsync(DefaultChecklist.Questions, Seed.OutsiderId, expectedLatest: 1);

        Assert.Equal(PublishStatus.NotAllowed, result.Status);
        Assert.Equal(1, (await templates.LatestAsync()).Number);
    }

    private static ChecklistQuestion Question(string key, int? article) =>
        new(key, article, 1, QuestionKind.Text, new LocalizedText { En = $"Question {key}?" });
}
