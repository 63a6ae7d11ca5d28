using AngleSharp.Dom;
using Bunit;
using Planner.Board.Checklist;
using Planner.Host.Components.Checklist;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

/// <summary>The secretariat's checklist template editor (/checklist): what it shows, what it refuses, what it publishes.</summary>
public sealed class ChecklistPageTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Render_Secretariat_ShowsLatestVersionAndItsQuestions()
    {
        await host.SignInAsync(SampleUsers.Secretariat);

        var cut = host.Bunit.Render<ChecklistPage>();

        Assert.StartsWith("Latest version: 1, published by Planner", cut.Find("[data-testid=latest-version]").TextContent, StringComparison.Ordinal);
        Assert.Equal("1", cut.Find("tr[data-version='1'] [data-testid=reviews-using]").TextContent);
        Assert.Equal(DefaultChecklist.Questions.Select(q => q.Key), cut.FindAll("fieldset.template-question").Select(f => f.GetAttribute("data-key")));
        var compliance = Question(cut, DefaultChecklist.ComplianceKey);
        Assert.Equal("Question 1 for every article", compliance.QuerySelector("legend")!.TextContent);
        Assert.Equal(DefaultChecklist.Questions[0].Text.Fr, compliance.QuerySelector("textarea[lang=fr]")!.GetAttribute("value"));
        Assert.Contains("readers in that language see the English text", cut.Find("#template-fallback-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FocalPoint_ShowsNotFoundAndNoEditor()
    {
        await host.SignInAsync(SampleUsers.FocalPoint);

        var cut = host.Bunit.Render<ChecklistPage>();

        Assert.Equal("Not found", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("fieldset.template-question"));
    }

    [Fact]
    public async Task Publish_EnglishTextCleared_ShowsTheProblemOnThatQuestionAndPublishesNothing()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ChecklistPage>();
        Question(cut, DefaultChecklist.MeasuresKey).QuerySelector("textarea[lang=en]")!.Input("");
        Question(cut, DefaultChecklist.MeasuresKey).QuerySelector("textarea[lang=es]")!.Input("Texto nuevo");

        PublishButton(cut).Click();

        var measures = Question(cut, DefaultChecklist.MeasuresKey);
        var error = Assert.Single(cut.FindAll(".field-error"));
        Assert.Equal("The English text is required: the other languages fall back to it.", error.TextContent);
        Assert.Equal(measures.GetAttribute("data-question"), error.Closest("fieldset")!.GetAttribute("data-question"));
        Assert.Equal("true", measures.QuerySelector("textarea[lang=en]")!.GetAttribute("aria-invalid"));
        Assert.Contains("1 problem(s) to fix", cut.Find("[data-testid=problems]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Texto nuevo", measures.QuerySelector("textarea[lang=es]")!.GetAttribute("value"));
        Assert.Empty(cut.FindAll("[role=alertdialog]"));
        Assert.Equal(1, await LatestNumberAsync());
    }

    [Fact]
    public async Task Edit_ShownProblemFixed_ProblemAndSummaryGoAway()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ChecklistPage>();
        Question(cut, DefaultChecklist.StepsKey).QuerySelector("input[type=text]")!.Input("");
        PublishButton(cut).Click();
        Assert.Equal("Give this question a key.", Assert.Single(cut.FindAll(".field-error")).TextContent);

        cut.Find("fieldset.template-question[data-key=''] input[type=text]").Input("next-steps");

        Assert.Empty(cut.FindAll(".field-error"));
        Assert.Empty(cut.FindAll("[data-testid=problems]"));
        Assert.Equal(1, await LatestNumberAsync());
    }

    [Fact]
    public async Task Publish_TwoQuestionsOfAnArticleWithOneKey_NamesTheArticleOnTheSecond()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ChecklistPage>();
        cut.Find("#new-article").Change("55");
        AddForArticle(cut, 55).Click();
        AddForArticle(cut, 55).Click();
        foreach (var question in cut.FindAll("section[data-article='55'] fieldset").ToList())
        {
            question.QuerySelector("input[type=text]")!.Input("central-authority");
        }
        foreach (var question in cut.FindAll("section[data-article='55'] fieldset").ToList())
        {
            question.QuerySelector("textarea[lang=en]")!.Input("Which is your central authority?");
        }

        PublishButton(cut).Click();

        var questions = cut.FindAll("section[data-article='55'] fieldset");
        Assert.Empty(questions[0].QuerySelectorAll(".field-error"));
        Assert.Equal("Another question of article 55 has the same key: each key must be different.",
            Assert.Single(questions[1].QuerySelectorAll(".field-error")).TextContent);
        Assert.Equal(1, await LatestNumberAsync());
    }

    [Fact]
    public async Task Publish_ValidDraftConfirmed_PublishesTheNextVersionAndShowsIt()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ChecklistPage>();
        Question(cut, DefaultChecklist.MeasuresKey).QuerySelector("textarea[lang=fr]")!.Input("Décrivez les mesures prises.");
        Question(cut, DefaultChecklist.AssistanceKey).QuerySelectorAll(".template-question-actions button")[0].Click();

        PublishButton(cut).Click();
        Assert.Contains("Reviews already started keep the version they started with", cut.Find("[role=alertdialog]").TextContent, StringComparison.Ordinal);
        cut.Find("[role=alertdialog] button.primary").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Latest version: 2, published by Elena Marković",
            cut.Find("[data-testid=latest-version]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Version 2 is published. New reviews use it.", cut.Find("[role=status]").TextContent);
        Assert.Equal("Draft of version 3", cut.Find("#draft-heading").TextContent);
        Assert.Equal("0", cut.Find("tr[data-version='2'] [data-testid=reviews-using]").TextContent);
        var published = await host.RunAsync<ChecklistTemplates, ChecklistTemplate>(t => t.LatestAsync());
        Assert.Equal(2, published.Number);
        Assert.Equal("Décrivez les mesures prises.", published.Questions.Single(q => q.Key == DefaultChecklist.MeasuresKey).Text.Fr);
        Assert.Equal([DefaultChecklist.ComplianceKey, DefaultChecklist.MeasuresKey, DefaultChecklist.ExamplesKey, DefaultChecklist.AssistanceKey, DefaultChecklist.StepsKey],
            published.QuestionsFor(5).Select(q => q.Key));
    }

    [Fact]
    public async Task Remove_ThirdQuestionThenPublish_NewVersionAsksTheOtherFour()
    {
        await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ChecklistPage>();

        Question(cut, DefaultChecklist.ExamplesKey).QuerySelectorAll(".template-question-actions button")[2].Click();

        Assert.Equal("Removed: Question 3 for every article.", cut.Find("[role=status]").TextContent);
        Assert.Equal("Question 3 for every article", Question(cut, DefaultChecklist.StepsKey).QuerySelector("legend")!.TextContent);
        PublishButton(cut).Click();
        cut.Find("[role=alertdialog] button.primary").Click();
        cut.WaitForAssertion(() => Assert.Equal("Draft of version 3", cut.Find("#draft-heading").TextContent));
        var published = await host.RunAsync<ChecklistTemplates, ChecklistTemplate>(t => t.LatestAsync());
        Assert.Equal([DefaultChecklist.ComplianceKey, DefaultChecklist.MeasuresKey, DefaultChecklist.StepsKey, DefaultChecklist.AssistanceKey],
            published.QuestionsFor(12).Select(q => q.Key));
    }

    [Fact]
    public async Task Publish_AnotherVersionPublishedMeanwhile_RefusesAndReloadStartsFromIt()
    {
        var secretariat = await host.SignInAsync(SampleUsers.Secretariat);
        var cut = host.Bunit.Render<ChecklistPage>();
        Question(cut, DefaultChecklist.StepsKey).QuerySelector("textarea[lang=ru]")!.Input("Мой вариант");
        var meanwhile = await host.RunAsync<ChecklistTemplates, ChecklistTemplate?>(t => t.PublishAsync(DefaultChecklist.Questions, secretariat));
        Assert.Equal(2, meanwhile!.Number);

        PublishButton(cut).Click();
        cut.Find("[role=alertdialog] button.primary").Click();

        cut.WaitForAssertion(() => Assert.Contains("Nothing was published: version 2 was published by Elena Marković",
            cut.Find("[data-testid=stale]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Мой вариант", Question(cut, DefaultChecklist.StepsKey).QuerySelector("textarea[lang=ru]")!.GetAttribute("value"));
        Assert.Equal(2, await LatestNumberAsync());

        cut.Find("[data-testid=stale] button").Click();

        cut.WaitForAssertion(() => Assert.Equal("Draft of version 3", cut.Find("#draft-heading").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=stale]"));
        Assert.Equal(DefaultChecklist.Questions[3].Text.Ru, Question(cut, DefaultChecklist.StepsKey).QuerySelector("textarea[lang=ru]")!.GetAttribute("value"));
    }

    private static IElement Question(IRenderedComponent<ChecklistPage> cut, string key) => cut.Find($"fieldset.template-question[data-key='{key}']");

    private static IElement PublishButton(IRenderedComponent<ChecklistPage> cut) => cut.Find(".template-publish button.primary");

    private static IElement AddForArticle(IRenderedComponent<ChecklistPage> cut, int article) =>
        cut.FindAll("button").Last(b => b.TextContent == $"Add a question for article {article}");

    private Task<int> LatestNumberAsync() => host.RunAsync<ChecklistTemplates, int>(async t => (await t.LatestAsync()).Number);
}
