using Planner.Board.Convention;

namespace Planner.Board.Tests.Convention;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = new()
    {
        En = "Bribery",
        Fr = "Corruption",
        Es = "Soborno",
        Ru = "Подкуп",
        Zh = "贿赂",
        Ar = "رشوة",
    };

    [Theory]
    [InlineData("fr-FR", "Corruption")]
    [InlineData("fr", "Corruption")]
    [InlineData("es-ES", "Soborno")]
    [InlineData("ru", "Подкуп")]
    [InlineData("zh-Hans", "贿赂")]
    [InlineData("ar-EG", "رشوة")]
    [InlineData("en-GB", "Bribery")]
    public void For_OfficialLanguage_GivesThatLanguage(string culture, string expected)
    {
        Assert.Equal(expected, Text.For(culture));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("")]
    [InlineData("xx")]
    public void For_UnknownCulture_FallsBackToEnglish(string culture)
    {
        Assert.Equal("Bribery", Text.For(culture));
    }

    [Fact]
    public void For_BlankTranslation_FallsBackToEnglish()
    {
        var text = new LocalizedText { En = "Bribery", Fr = " " };

        Assert.Equal("Bribery", text.For("fr-FR"));
    }

    [Fact]
    public void For_CatalogArticleInFrench_GivesFrenchTitle()
    {
        var article = ConventionCatalog.Load().FindArticle(5);

        Assert.NotNull(article);
        Assert.Equal("Politiques et pratiques de prévention de la corruption", article.Title.For("fr-FR"));
    }
}
