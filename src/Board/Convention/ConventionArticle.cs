namespace Planner.Board.Convention;

/// <summary>An article of the Convention: its number, chapter, official titles and English text.</summary>
public sealed record ConventionArticle(int Number, int Chapter, LocalizedText Title, string TextEn);
