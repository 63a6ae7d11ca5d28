namespace Planner.Host.Localization;

/// <summary>Marker for the interface strings in Strings.resx and its five translations.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class Strings;
#pragma warning restore CA1052
