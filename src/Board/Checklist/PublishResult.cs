namespace Planner.Board.Checklist;

public enum PublishStatus
{
    Published,
    /// <summary>Only the secretariat publishes a version.</summary>
    NotAllowed,
    /// <summary>The questions break a rule (<see cref="ChecklistValidation.Problems"/>).</summary>
    Invalid,
    /// <summary>Another version was published since the one the draft was based on.</summary>
    Stale,
}

/// <summary>What became of a publish: the new version, or why not; always the latest version as it now stands.</summary>
public sealed record PublishResult(PublishStatus Status, ChecklistTemplate Latest, ChecklistTemplate? Published = null);
