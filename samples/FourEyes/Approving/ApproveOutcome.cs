namespace Planner.Samples.FourEyes.Approving;

/// <summary>What became of an approval.</summary>
internal enum ApproveOutcome
{
    /// <summary>Recorded.</summary>
    Approved,

    /// <summary>No such tile, or the user has no role on its review (or may not see the tile).</summary>
    NotFound,

    /// <summary>The user has a role on the review, but not Reviewer.</summary>
    NotReviewer,

    /// <summary>The tile is not in Review.</summary>
    NotInReview,

    /// <summary>This reviewer already approved the tile.</summary>
    AlreadyApproved,
}
