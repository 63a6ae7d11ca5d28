namespace Planner.Plugins.Draw.Model;

/// <summary>Group: a reviewer from the reviewed State's own regional group. Box: from the global box.
/// Extra: in the UNTOC extra-draw mode, a reviewer party to one instrument that a group or box
/// reviewer is not party to (the seat names the instrument).</summary>
public enum SeatKind
{
    Group,
    Box,
    Extra,
}
