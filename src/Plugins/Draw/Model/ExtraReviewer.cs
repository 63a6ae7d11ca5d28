namespace Planner.Plugins.Draw.Model;

/// <summary>UNTOC extra-draw mode: the reviewer drawn for one instrument that a group or box reviewer is not party to.</summary>
public sealed record ExtraReviewer(string Instrument, string Reviewer);
