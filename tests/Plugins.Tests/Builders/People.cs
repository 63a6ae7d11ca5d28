using Planner.Board.Workflow;

namespace Planner.Plugins.Tests.Builders;

/// <summary>Who acts in the hook tests.</summary>
internal static class People
{
    public static Actor Secretariat { get; } = new(new Guid("d0000000-0000-0000-0000-000000000001"), "Sam Secretariat", ReviewRole.Secretariat);

    public static Actor Rita { get; } = new(new Guid("d0000000-0000-0000-0000-000000000002"), "Rita Reviewer", ReviewRole.Reviewer);

    public static Actor Rafael { get; } = new(new Guid("d0000000-0000-0000-0000-000000000003"), "Rafael Reviewer", ReviewRole.Reviewer);

    public static DateTimeOffset Now { get; } = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
}
