using Planner.Plugins.Draw.Engine;

namespace Planner.Plugins.Draw.Schedule;

/// <summary>
/// How many States of one group go to each draw-year: the quotient in every year, the remainder one
/// each to the years with the smallest totals so far (ties broken by the seed). Given year totals
/// that differ by at most one, they still do afterwards, so group after group the years stay
/// balanced overall while each group is spread proportionally.
/// </summary>
internal static class YearQuotas
{
    public static int[] Allocate(int members, int[] totals, DrawRandom random)
    {
        var years = totals.Length;
        var quotas = Enumerable.Repeat(members / years, years).ToArray();
        var order = Enumerable.Range(0, years).ToArray();
        random.Shuffle(order);
        // Stable sort: among years with equal totals the shuffled order decides.
        foreach (var year in order.OrderBy(y => totals[y]).Take(members % years))
        {
            quotas[year]++;
        }
        for (var year = 0; year < years; year++)
        {
            totals[year] += quotas[year];
        }
        return quotas;
    }
}
