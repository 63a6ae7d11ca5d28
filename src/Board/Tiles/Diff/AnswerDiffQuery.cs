using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Diff;

/// <summary>Compares two saved versions of a tile's answer for someone who may see the tile.</summary>
public sealed class AnswerDiffQuery(PlannerDbContext db, ReviewAccess access, TextDiffer differ)
{
    public async Task<AnswerDiffResult> CompareAsync(Guid tileId, int from, int to, Guid userId, CancellationToken cancellationToken = default)
    {
        var tile = await db.Tiles.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return new AnswerDiffResult(AnswerDiffStatus.NotFound);
        }
        var actor = await access.ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || !BoardWorkflow.CanSee(actor, tile))
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
