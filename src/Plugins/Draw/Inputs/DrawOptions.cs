using Microsoft.Extensions.Configuration;
using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Inputs;

/// <summary>
/// The criteria of the terms of reference, as configuration (section <c>Plugins:draw</c>; D7, D8):
/// changing a rule is a setting, not a release. The secretariat may still adjust the switches for
/// one draw when it opens it; what was used is recorded with the draw.
/// </summary>
public sealed class DrawOptions
{
    /// <summary>Reviews a State may perform per cycle (terms of reference ¶20).</summary>
    public int ReviewCap { get; set; } = 2;

    public bool NoMutualReviews { get; set; } = true;

    public bool NoRepeatedPair { get; set; } = true;

    public bool SimilarLegalSystemWherePossible { get; set; }

    /// <summary>Repeat draws a State under review may ask for, per review (D4).</summary>
    public int RepeatRequestsPerReview { get; set; } = 2;

    /// <summary>
    /// UNTOC mode: the instruments reviews are held on (e.g. UNTOC, TIP, SOM, FIR). Each State under
    /// review is reviewed on those of them it is party to. Empty (the default) for UNCAC.
    /// </summary>
    public IList<string> InstrumentsReviewed { get; } = [];

    /// <summary>What a reviewer not party to one of those instruments means: refused, or an extra draw for that instrument.</summary>
    public InstrumentMode InstrumentMode { get; set; } = InstrumentMode.RequireOnEveryReviewer;

    /// <summary>Years of a cycle over which the schedule spreads the States (a quarter each).</summary>
    public int DrawYears { get; set; } = 4;

    /// <summary>Years of a cycle in all; States joining after the schedule is drawn go to the last.</summary>
    public int TotalYears { get; set; } = 5;

    /// <summary>The chapters a new review's board has tiles for, by cycle number; other cycles use the last entry.</summary>
    public IDictionary<string, int[]> ChaptersByCycle { get; } = new Dictionary<string, int[]>();

    /// <summary>Pause between two lots on the watchers' screens (0 shows them all at once).</summary>
    public int RevealMilliseconds { get; set; } = 700;

    public int[] ChaptersFor(int cycle) =>
        ChaptersByCycle.TryGetValue(cycle.ToString(System.Globalization.CultureInfo.InvariantCulture), out var chapters) && chapters.Length > 0
            ? chapters
            : cycle == 1 ? [3, 4] : [2, 5];

    public DrawRules Rules(bool? similarLegalSystem = null) => new()
    {
        ReviewCap = ReviewCap,
        NoMutualReviews = NoMutualReviews,
        NoRepeatedPair = NoRepeatedPair,
        SimilarLegalSystemWherePossible = similarLegalSystem ?? SimilarLegalSystemWherePossible,
        RepeatRequestsPerReview = RepeatRequestsPerReview,
        InstrumentMode = InstrumentMode,
    };

    /// <summary>Refuses a setting that could only fail later, at start, where the plugins page shows why.</summary>
    public static void Check(IConfiguration configuration)
    {
        var options = new DrawOptions();
        configuration.Bind(options);
        if (options.ReviewCap < 1 || options.RepeatRequestsPerReview < 0 || options.DrawYears < 1 || options.TotalYears < options.DrawYears
            || options.RevealMilliseconds is < 0 or > 10_000)
        {
            throw new InvalidOperationException(
                "Plugins:draw: ReviewCap ≥ 1, RepeatRequestsPerReview ≥ 0, 1 ≤ DrawYears ≤ TotalYears and RevealMilliseconds 0–10000.");
        }
    }
}
