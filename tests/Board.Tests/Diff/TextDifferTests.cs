using Planner.Board.Tiles.Diff;

namespace Planner.Board.Tests.Diff;

public sealed class TextDifferTests
{
    private readonly TextDiffer differ = new();

    [Fact]
    public void Compare_SameText_HasNoChangesAndKeepsEveryLine()
    {
        var diff = differ.Compare("First paragraph.\n\nSecond one.", "First paragraph.\n\nSecond one.");

        Assert.False(diff.HasChanges);
        Assert.Equal(["First paragraph.", "", "Second one."], diff.Lines.Select(Plain));
        Assert.All(diff.Lines, l => Assert.Equal(DiffLineKind.Unchanged, l.Kind));
    }

    [Fact]
    public void Compare_OneWordChangedInParagraph_MarksOnlyThatWord()
    {
        var diff = differ.Compare(
            "Kenya criminalises active bribery of public officials.",
            "Kenya criminalises active and passive bribery of public officials.");

        var line = Assert.Single(diff.Lines);
        Assert.Equal(DiffLineKind.Changed, line.Kind);
        Assert.Equal(1, diff.LinesChanged);
        Assert.DoesNotContain(line.Segments, s => s.Kind == DiffKind.Removed);
        var added = Assert.Single(line.Segments, s => s.Kind == DiffKind.Added);
        Assert.Contains("passive", added.Text, StringComparison.Ordinal);
        Assert.StartsWith("Kenya criminalises active", line.Segments[0].Text, StringComparison.Ordinal);
        Assert.Equal(DiffKind.Unchanged, line.Segments[0].Kind);
    }

    [Fact]
    public void Compare_WordReplaced_ShowsRemovedThenAdded()
    {
        var diff = differ.Compare("The law was adopted in 2003.", "The law was adopted in 2016.");

        var line = Assert.Single(diff.Lines);
        Assert.Equal("2003", Assert.Single(line.Segments, s => s.Kind == DiffKind.Removed).Text);
        Assert.Equal("2016", Assert.Single(line.Segments, s => s.Kind == DiffKind.Added).Text);
        // Reading only the unchanged and added parts gives the newer text back.
        Assert.Equal("The law was adopted in 2016.", string.Concat(line.Segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal("The law was adopted in 2003.", string.Concat(line.Segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
    }

    [Fact]
    public void Compare_ParagraphAddedAndRemoved_CountsWholeLines()
    {
        var diff = differ.Compare("Intro.\n\nOld paragraph.", "Intro.\n\nOld paragraph.\n\nNew paragraph.");

        Assert.Equal(2, diff.LinesAdded);
        Assert.Equal(0, diff.LinesRemoved);
        Assert.Equal(DiffLineKind.Added, diff.Lines[^1].Kind);
        Assert.Equal("New paragraph.", Plain(diff.Lines[^1]));

        var back = differ.Compare("Intro.\n\nOld paragraph.\n\nNew paragraph.", "Intro.\n\nOld paragraph.");
        Assert.Equal(2, back.LinesRemoved);
        Assert.Equal(DiffKind.Removed, back.Lines[^1].Segments.Single().Kind);
    }

    [Fact]
    public void Compare_FromEmptyText_EveryLineAdded()
    {
        var diff = differ.Compare("", "One.\nTwo.");

        Assert.Equal(2, diff.LinesAdded);
        Assert.All(diff.Lines, l => Assert.Equal(DiffLineKind.Added, l.Kind));
    }

    [Fact]
    public void Compare_WindowsLineEnds_AreNotChanges()
    {
        var diff = differ.Compare("One.\nTwo.", "One.\r\nTwo.");

        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void Compare_ArabicText_MarksChangedWord()
    {
        var diff = differ.Compare("تجرم كينيا الرشوة", "تجرم كينيا الرشوة والاختلاس");

        var line = Assert.Single(diff.Lines);
        Assert.Contains("والاختلاس", Assert.Single(line.Segments, s => s.Kind == DiffKind.Added).Text, StringComparison.Ordinal);
    }

    private static string Plain(DiffLine line) => string.Concat(line.Segments.Select(s => s.Text));
}
