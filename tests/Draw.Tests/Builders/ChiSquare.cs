namespace Planner.Draw.Tests.Builders;

internal static class ChiSquare
{
    /// <summary>
    /// Pearson's statistic of observed counts against equal expected counts, turned into a normal
    /// z by Wilson–Hilferty ((X/df)^(1/3) is close to normal); z below 3.09 means p above 0.001.
    /// </summary>
    public static double UniformZ(IReadOnlyList<int> observed)
    {
        var expected = (double)observed.Sum() / observed.Count;
        var chiSquare = observed.Sum(o => (o - expected) * (o - expected) / expected);
        var df = observed.Count - 1;
        return (Math.Cbrt(chiSquare / df) - (1 - (2.0 / (9 * df)))) / Math.Sqrt(2.0 / (9 * df));
    }
}
