using Planner.Board.Workflow;

namespace Planner.Board.Tests.Builders;

/// <summary>One actor per role, for tests that do not touch the database.</summary>
internal static class Actors
{
    public static readonly Guid ExpertAgency = new("a0000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherAgency = new("a0000000-0000-0000-0000-000000000002");

    public static Actor Secretariat { get; } = new(new Guid("10000000-0000-0000-0000-000000000001"), "Sam Secretariat", ReviewRole.Secretariat);

    public static Actor FocalPoint { get; } = new(new Guid("10000000-0000-0000-0000-000000000002"), "Fiona Focal", ReviewRole.FocalPoint);

    public static Actor Reviewer { get; } = new(new Guid("10000000-0000-0000-0000-000000000003"), "Rita Reviewer", ReviewRole.Reviewer);

    public static Actor Observer { get; } = new(new Guid("10000000-0000-0000-0000-000000000004"), "Olga Observer", ReviewRole.Observer);

    /// <summary>An expert of <see cref="ExpertAgency"/>.</summary>
    public static Actor Expert { get; } = new(new Guid("10000000-0000-0000-0000-000000000005"), "Ed Expert", ReviewRole.AgencyExpert, ExpertAgency);

    public static DateTimeOffset Now { get; } = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
}
