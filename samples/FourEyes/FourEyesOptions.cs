using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Planner.Samples.FourEyes;

/// <summary>The settings under <c>Plugins:four-eyes</c>.</summary>
public sealed class FourEyesOptions
{
    /// <summary>How many different reviewers must approve a tile before it may enter Finalise (1 or more).</summary>
    public int RequiredApprovals { get; set; } = 2;

    /// <summary>Refuses a section whose RequiredApprovals is not a whole number of at least 1.</summary>
    internal static void Check(IConfiguration section)
    {
        var value = section[nameof(RequiredApprovals)];
        if (value is not null && !(int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var required) && required >= 1))
        {
            throw new InvalidOperationException(
                $"Plugins:{FourEyesPlugin.PluginId}:{nameof(RequiredApprovals)} must be a whole number of at least 1; it is \"{value}\".");
        }
    }
}
