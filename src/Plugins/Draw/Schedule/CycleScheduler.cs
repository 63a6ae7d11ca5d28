using Planner.Plugins.Draw.Engine;

namespace Planner.Plugins.Draw.Schedule;

/// <summary>Draws which States are reviewed in which year of a cycle (D1). Pure and replayable.</summary>
public static class CycleScheduler
{
    /// <summary>Spreads the States over the draw-years by the input's policy. Same input and seed, same schedule.</summary>
    public static CycleSchedule Schedule(ScheduleInput input, byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.DrawYears);
        ArgumentOutOfRangeException.ThrowIfLessThan(input.TotalYears, input.DrawYears);
        var duplicate = input.States.GroupBy(s => s.Iso3, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{duplicate.Key} appears twice.", nameof(input));
        }
        var years = Enumerable.Range(0, input.TotalYears).Select(_ => new List<string>()).ToArray();
        if (input.Policy == SchedulePolicy.KeepPreviousOrder)
        {
            foreach (var state in input.States)
            {
                var year = state.PreviousCycleYear is { } previous ? Math.Clamp(previous, 1, input.TotalYears) : input.TotalYears;
                years[year - 1].Add(state.Iso3);
            }
        }
        else
        {
            SpreadByGroup(input, new DrawRandom(seed, "schedule"), years);
        }
        return new CycleSchedule
        {
            Cycle = input.Cycle,
            Policy = input.Policy,
            OutsideTermsOfReference = input.Policy != SchedulePolicy.NewDraw,
            Years = [.. years.Select((states, i) => new ScheduledYear(i + 1, [.. states.Order(StringComparer.Ordinal)]))],
            SeedHex = Convert.ToHexStringLower(seed),
        };
    }

    /// <summary>The schedule with a State that joined after the draw in the cycle's last year.</summary>
    public static CycleSchedule AddLateJoiner(CycleSchedule schedule, string iso3)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentException.ThrowIfNullOrWhiteSpace(iso3);
        if (schedule.YearOf(iso3) is { } year)
        {
            throw new ArgumentException($"{iso3} is already reviewed in year {year}.", nameof(iso3));
        }
        var last = schedule.Years[^1];
        return schedule with { Years = [.. schedule.Years.SkipLast(1), last with { States = [.. last.States.Append(iso3).Order(StringComparer.Ordinal)] }] };
    }

    /// <summary>
    /// Policies (a) and (c): group by group (in the order of <c>RegionalGroup</c>, members by ISO
    /// code), the group's quota per draw-year, then its members in a seeded shuffle, for (c) stably
    /// re-sorted by executive summary date, filled into the years in order.
    /// </summary>
    private static void SpreadByGroup(ScheduleInput input, DrawRandom random, List<string>[] years)
    {
        var totals = new int[input.DrawYears];
        foreach (var group in input.States.GroupBy(s => s.Group).OrderBy(g => g.Key))
        {
            var members = group.OrderBy(s => s.Iso3, StringComparer.Ordinal).ToList();
            var quotas = YearQuotas.Allocate(members.Count, totals, random);
            random.Shuffle(members);
            if (input.Policy == SchedulePolicy.OldestExecutiveSummaryFirst)
            {
                // Never summarised first, then oldest first; the shuffle breaks ties.
                members = [.. members.OrderBy(s => s.ExecutiveSummaryDate.HasValue).ThenBy(s => s.ExecutiveSummaryDate)];
            }
            var next = 0;
            for (var year = 0; year < input.DrawYears; year++)
            {
                years[year].AddRange(members.Skip(next).Take(quotas[year]).Select(s => s.Iso3));
                next += quotas[year];
            }
        }
    }
}
