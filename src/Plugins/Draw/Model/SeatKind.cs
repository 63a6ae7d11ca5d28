namespace Planner.Plugins.Draw.Model;

/// <summary>Group: a reviewer from the reviewed State's own regional group. Box: from the global box.</summary>
public enum SeatKind
{
    Group,
    Box,
}
