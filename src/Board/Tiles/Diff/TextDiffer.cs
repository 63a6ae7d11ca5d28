using DiffPlex;
using DiffPlex.Chunkers;

namespace Planner.Board.Tiles.Diff;

/// <summary>
/// Compares two texts for a reader. Answers are prose, where a "line" is usually a whole Markdown
/// paragraph: a line-level diff alone would mark a paragraph changed for one word, so lines that
/// were replaced are paired and compared word by word, and only the words that differ are marked.
/// </summary>
public sealed class TextDiffer
{
    private readonly Differ differ = new();

    public TextDiff Compare(string? from, string? to)
    {
        var result = differ.CreateDiffs(Normalise(from), Normalise(to), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var lines = new List<DiffLine>();
        int added = 0, removed = 0, changed = 0, nextOld = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; nextOld < block.DeleteStartA; nextOld++)
            {
                lines.Add(Whole(DiffLineKind.Unchanged, DiffKind.Unchanged, result.PiecesOld[nextOld]));
            }
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                lines.Add(new DiffLine(DiffLineKind.Changed, Words(result.PiecesOld[block.DeleteStartA + i], result.PiecesNew[block.InsertStartB + i])));
                changed++;
            }
            for (var i = paired; i < block.DeleteCountA; i++)
            {
                lines.Add(Whole(DiffLineKind.Removed, DiffKind.Removed, result.PiecesOld[block.DeleteStartA + i]));
                removed++;
            }
            for (var i = paired; i < block.InsertCountB; i++)
            {
                lines.Add(Whole(DiffLineKind.Added, DiffKind.Added, result.PiecesNew[block.InsertStartB + i]));
                added++;
            }
            nextOld = block.DeleteStartA + block.DeleteCountA;
        }
        for (; nextOld < result.PiecesOld.Count; nextOld++)
        {
            lines.Add(Whole(DiffLineKind.Unchanged, DiffKind.Unchanged, result.PiecesOld[nextOld]));
        }
        return new TextDiff(lines, added, removed, changed);
    }

    // Windows line ends from a browser's textarea must not make every line look changed.
    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);

    private static DiffLine Whole(DiffLineKind line, DiffKind kind, string text) => new(line, [new DiffSegment(kind, text)]);

    private List<DiffSegment> Words(string from, string to)
    {
        var result = differ.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var nextOld = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(segments, DiffKind.Unchanged, Join(result.PiecesOld, nextOld, block.DeleteStartA - nextOld));
            Append(segments, DiffKind.Removed, Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA));
            Append(segments, DiffKind.Added, Join(result.PiecesNew, block.InsertStartB, block.InsertCountB));
            nextOld = block.DeleteStartA + block.DeleteCountA;
        }
        Append(segments, DiffKind.Unchanged, Join(result.PiecesOld, nextOld, result.PiecesOld.Count - nextOld));
        return segments;
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count) =>
        string.Concat(pieces.Skip(start).Take(count));

    /// <summary>Adds a run, merging it with the previous one of the same kind so the reader sees phrases, not word fragments.</summary>
    private static void Append(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
