namespace Planner.Board.Audit;

/// <summary>The outcome of checking the audit chain: how many entries were checked and the first broken link, if any.</summary>
public sealed record AuditVerification(long Checked, long? FirstBrokenSequence, AuditBreak? Break)
{
    public bool IsIntact => Break is null;
}

/// <summary>How the chain is broken at the first bad entry.</summary>
public enum AuditBreak
{
    /// <summary>The entry's content no longer matches its hash: it was edited.</summary>
    ContentChanged,

    /// <summary>The entry does not follow the one before it: entries were removed or reordered.</summary>
    LinkBroken,

    /// <summary>A sequence number is missing: an entry was deleted.</summary>
    EntryMissing,
}
