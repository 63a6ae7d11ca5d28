namespace Planner.Host.Tests.Security;

/// <summary>Who calls, as seen from one review's tiles; the columns of the permission matrix.</summary>
public enum Persona
{
    Secretariat,
    FocalPoint,

    /// <summary>An agency expert of agency X, to which the tiles are assigned.</summary>
    ExpertOfTileAgency,

    /// <summary>An agency expert of agency Y of the same review, to which no tile is assigned.</summary>
    ExpertOfOtherAgency,
    Reviewer,
    Observer,
    Stakeholder,

    /// <summary>Signed in, but with no role on the review.</summary>
    Outsider,
}
