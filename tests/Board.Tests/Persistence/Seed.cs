namespace Planner.Board.Tests.Persistence;

/// <summary>The ids of the small review that <see cref="BoardDatabase"/> seeds.</summary>
internal static class Seed
{
    public static readonly Guid ReviewId = new("b0000000-0000-0000-0000-000000000001");
    public static readonly Guid AgencyId = new("b0000000-0000-0000-0000-0000000000a1");
    public static readonly Guid OtherAgencyId = new("b0000000-0000-0000-0000-0000000000a2");

    public static readonly Guid SecretariatId = new("b0000000-0000-0000-0000-000000000011");
    public static readonly Guid FocalPointId = new("b0000000-0000-0000-0000-000000000012");
    public static readonly Guid ExpertId = new("b0000000-0000-0000-0000-000000000013");
    public static readonly Guid OtherExpertId = new("b0000000-0000-0000-0000-000000000014");
    public static readonly Guid ReviewerId = new("b0000000-0000-0000-0000-000000000015");
    public static readonly Guid ObserverId = new("b0000000-0000-0000-0000-000000000016");

    /// <summary>A signed-in user with no role on the review.</summary>
    public static readonly Guid OutsiderId = new("b0000000-0000-0000-0000-000000000017");

    /// <summary>
    /// Article 5, in Assign, assigned to <see cref="AgencyId"/>: assigning sent it to Answer and it
    /// was sent back, so it is at version 3.
    /// </summary>
    public static readonly Guid AssignedTileId = new("b0000000-0000-0000-0000-000000000105");

    /// <summary>Article 6, in Answer, assigned to <see cref="AgencyId"/>, not yet answered.</summary>
    public static readonly Guid AnswerTileId = new("b0000000-0000-0000-0000-000000000106");

    /// <summary>Article 7, in Review, answered.</summary>
    public static readonly Guid ReviewTileId = new("b0000000-0000-0000-0000-000000000107");
}
