using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;

namespace Planner.Board.Tiles.Diff;

/// <summary>Compares two saved versions of a tile's answer for someone who may see the tile.</summary>
public sealed class AnswerDiffQuery(PlannerDbContext db, ReviewAccess access, TextDiffer differ)
{
    public async Task<AnswerDiffResult> CompareAsync(Guid tileId, int from, int to, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await access.VisibleTileAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is not { Tile: var tile })
        {
            return new AnswerDiffResult(AnswerDiffStatus.NotFound);
        }
        var versions = await db.AnswerVersions.AsNoTracking()
            .Where(v => v.TileId == tileId && (v.Number == from || v.Number == to))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var older = versions.FirstOrDefault(v => v.Number == from);
        var newer = versions.FirstOrDefault(v => v.Number == to);
        if (older is null || newer is null)
        {
            return new AnswerDiffResult(AnswerDiffStatus.UnknownVersion, VersionCount: tile.AnswerVersionCount);
        }
        return new AnswerDiffResult(
            AnswerDiffStatus.Found,
            new AnswerDiff(tileId, Side(older), Side(newer), differ.Compare(older.Text, newer.Text)),
            tile.AnswerVersionCount);
    }

    private static AnswerDiffSide Side(AnswerVersion version) => new(version.Number, version.AuthorName, version.SavedAt);
}
