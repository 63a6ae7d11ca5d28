using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;

namespace Planner.Board.Audit;

/// <summary>Walks the whole audit chain in order and reports the first entry that does not hold.</summary>
public sealed class AuditVerifier(PlannerDbContext db, IAuditAnchor? anchor = null)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var expectedSequence = 1L;
        var previous = AuditHash.Genesis;
        var head = anchor?.Read();
        var query = db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable();
        await foreach (var entry in query.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Sequence != expectedSequence)
            {
                return new AuditVerification(expectedSequence - 1, expectedSequence, AuditBreak.EntryMissing);
            }
            if (AuditHash.Of(entry) != entry.Hash)
            {
                return new AuditVerification(expectedSequence - 1, entry.Sequence, AuditBreak.ContentChanged);
            }
            if (entry.PreviousHash != previous)
            {
                return new AuditVerification(expectedSequence - 1, entry.Sequence, AuditBreak.LinkBroken);
            }
            if (head is not null && entry.Sequence == head.Sequence && entry.Hash != head.Hash)
            {
                return new AuditVerification(expectedSequence - 1, entry.Sequence, AuditBreak.LinkBroken);
            }
            previous = entry.Hash;
            expectedSequence++;
        }
        // The chain ends before the head kept outside the database: entries were cut off the end.
        return head is not null && head.Sequence >= expectedSequence
            ? new AuditVerification(expectedSequence - 1, expectedSequence, AuditBreak.EntryMissing)
            : new AuditVerification(expectedSequence - 1, null, null);
    }
}
