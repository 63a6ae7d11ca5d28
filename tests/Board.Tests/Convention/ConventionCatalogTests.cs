using Planner.Board.Convention;

namespace Planner.Board.Tests.Convention;

public sealed class ConventionCatalogTests
{
    private static readonly ConventionCatalog Catalog = ConventionCatalog.Load();

    [Fact]
    public void Load_Always_Has71ArticlesIn8Chapters()
    {
        Assert.Equal(71, Catalog.Articles.Count);
        Assert.Equal(Enumerable.Range(1, 71), Catalog.Articles.Select(a => a.Number).Order());
        Assert.Equal(Enumerable.Range(1, 8), Catalog.Chapters.Select(c => c.Number).Order());
    }

    [Fact]
    public void Load_EveryArticle_HasTitleInAllSixLanguages()
    {
        foreach (var article in Catalog.Articles)
        {
            foreach (var title in new[] { article.Title.En, article.Title.Fr, article.Title.Es, article.Title.Ru, article.Title.Zh, article.Title.Ar })
            {
                Assert.False(string.IsNullOrWhiteSpace(title), $"Article {article.Number} lacks a title.");
            }
        }
    }

    [Fact]
    public void Load_EveryArticle_IsInAKnownChapterAndHasText()
    {
        var chapters = Catalog.Chapters.Select(c => c.Number).ToHashSet();
        Assert.All(Catalog.Articles, a =>
        {
            Assert.Contains(a.Chapter, chapters);
            Assert.False(string.IsNullOrWhiteSpace(a.TextEn));
        });
    }

    [Fact]
    public void FindArticle_Five_HasOfficialChineseTitle()
    {
        var article = Catalog.FindArticle(5);

        Assert.NotNull(article);
        Assert.Equal("预防性反腐败政策和做法", article.Title.Zh);
        Assert.Equal("Preventive anti-corruption policies and practices", article.Title.En);
    }

    [Fact]
    public void FindArticle_UnknownNumber_Null()
    {
        Assert.Null(Catalog.FindArticle(72));
    }

    [Fact]
    public void Chapter_Eight_WrittenVIII()
    {
        Assert.Equal("VIII", Catalog.Chapter(8).Roman);
    }
}
