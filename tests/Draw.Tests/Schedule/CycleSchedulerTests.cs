using FsCheck;
using FsCheck.Xunit;
using Planner.Board.States;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Draw.Tests.Schedule;

public sealed class CycleSchedulerTests
{
    private static readonly ScheduleInput UnCycle = new()
    {
        Cycle = 3,
        States = [.. UnStates.All.Select(s => new ScheduleState(s.Iso3, s.Group))],
    };

    [Property(MaxTest = 200)]
    public void Schedule_RandomGroupSizes_YearsAndGroupsDifferByAtMostOne(byte[] sizes, PositiveInt drawYears, int seed)
    {
        var years = 1 + (drawYears.Get % 6);
        var states = sizes.Take(5).SelectMany((size, g) => Enumerable.Range(0, size % 40)
            .Select(i => new ScheduleState($"{(char)('A' + g)}{i:D2}", (RegionalGroup)(g + 1)))).ToList();
        var input = new ScheduleInput { Cycle = 1, States = states, DrawYears = years, TotalYears = years + 1 };

        var schedule = CycleScheduler.Schedule(input, Seeds.Of(seed));

        Assert.Equal(years + 1, schedule.Years.Count);
        Assert.Empty(schedule.Years[^1].States);
        Assert.Equal(states.Select(s => s.Iso3).Order(), schedule.Years.SelectMany(y => y.States).Order());
        var drawYearsOnly = schedule.Years.Take(years).ToList();
        Assert.InRange(drawYearsOnly.Max(y => y.States.Count) - drawYearsOnly.Min(y => y.States.Count), 0, 1);
        foreach (var group in states.GroupBy(s => s.Group))
        {
            var members = group.Select(s => s.Iso3).ToHashSet();
            var counts = drawYearsOnly.Select(y => y.States.Count(members.Contains)).ToList();
            Assert.InRange(counts.Max() - counts.Min(), 0, 1);
        }
    }

    [Fact]
    public void Schedule_SameSeed_GivesTheSameSchedule()
    {
        var first = CycleScheduler.Schedule(UnCycle, Seeds.Of(1));
        var again = CycleScheduler.Schedule(UnCycle with { States = [.. UnCycle.States.Reverse()] }, Seeds.Of(1));

        Assert.Equal(first.Years.Select(y => string.Join(",", y.States)), again.Years.Select(y => string.Join(",", y.States)));
        Assert.Equal(Convert.ToHexStringLower(Seeds.Of(1)), first.SeedHex);
    }

    [Fact]
    public void Schedule_OtherSeed_GivesAnotherOrder()
    {
        var first = CycleScheduler.Schedule(UnCycle, Seeds.Of(1));
        var other = CycleScheduler.Schedule(UnCycle, Seeds.Of(2));

        Assert.NotEqual(first.Years.Select(y => string.Join(",", y.States)), other.Years.Select(y => string.Join(",", y.States)));
    }

    [Fact]
    public void Schedule_NewDrawOverManySeeds_PutsAStateInEachDrawYearAboutEquallyOften()
    {
        // A group of 10 over 4 years (quotas 3,3,2,2 in a seeded order): each year should get a
        // given State a quarter of the time.
        var states = UnCycle.States.Where(s => s.Group == RegionalGroup.EasternEuropean).Take(10)
            .Concat(UnCycle.States.Where(s => s.Group == RegionalGroup.African).Take(7)).ToList();
        var input = UnCycle with { States = states };
        var counts = new int[4];
        for (var i = 0; i < 4000; i++)
        {
            counts[CycleScheduler.Schedule(input, Seeds.Of(i)).YearOf(states[0].Iso3)!.Value - 1]++;
        }

        var z = ChiSquare.UniformZ(counts);
        Assert.True(z < 3.09, $"years {string.Join(", ", counts)} (z = {z:F2}) reject uniformity");
    }

    [Fact]
    public void Schedule_NewDraw_IsWithinTermsOfReferenceAndLeavesLastYearForLateJoiners()
    {
        var schedule = CycleScheduler.Schedule(UnCycle, Seeds.Of(3));

        Assert.False(schedule.OutsideTermsOfReference);
        Assert.Empty(schedule.StatesIn(5));
        Assert.All(schedule.Years.Take(4), y => Assert.InRange(y.States.Count, 48, 49));

        var joined = CycleScheduler.AddLateJoiner(schedule, "XKX");
        Assert.Equal(["XKX"], joined.StatesIn(5));
        Assert.Contains("XKX", joined.LaterYearsThan(4));
        Assert.Equal(schedule.StatesIn(1), joined.StatesIn(1));
        Assert.Throws<ArgumentException>(() => CycleScheduler.AddLateJoiner(joined, "XKX"));
    }

    [Fact]
    public void Schedule_KeepPreviousOrder_KeepsYearsClampedAndSendsNewStatesToLastYear()
    {
        var input = new ScheduleInput
        {
            Cycle = 3,
            Policy = SchedulePolicy.KeepPreviousOrder,
            States = [new("AAA", RegionalGroup.African, 2), new("BBB", RegionalGroup.African, 1), new("CCC", RegionalGroup.AsiaPacific, 0),
                new("DDD", RegionalGroup.AsiaPacific, 9), new("EEE", RegionalGroup.EasternEuropean)],
        };

        var schedule = CycleScheduler.Schedule(input, Seeds.Of(1));

        Assert.True(schedule.OutsideTermsOfReference);
        Assert.Equal(["BBB", "CCC"], schedule.StatesIn(1));
        Assert.Equal(["AAA"], schedule.StatesIn(2));
        Assert.Equal(["DDD", "EEE"], schedule.StatesIn(5));
    }

    [Fact]
    public void Schedule_OldestExecutiveSummaryFirst_PutsNeverAndOldestSummariesInFirstYears()
    {
        var dates = new DateOnly?[] { new(2015, 1, 1), null, new(2019, 1, 1), new(2012, 6, 1), new(2021, 1, 1), new(2017, 1, 1), new(2013, 1, 1), new(2020, 1, 1) };
        var states = dates.Select((d, i) => new ScheduleState($"W{i}", RegionalGroup.WesternEuropeanOthers, ExecutiveSummaryDate: d)).ToList();
        var input = new ScheduleInput { Cycle = 3, Policy = SchedulePolicy.OldestExecutiveSummaryFirst, States = states };

        var schedule = CycleScheduler.Schedule(input, Seeds.Of(1));

        Assert.True(schedule.OutsideTermsOfReference);
        Assert.Equal(["W1", "W3"], schedule.StatesIn(1));
        Assert.Equal(["W0", "W6"], schedule.StatesIn(2));
        Assert.Equal(["W2", "W5"], schedule.StatesIn(3));
        Assert.Equal(["W4", "W7"], schedule.StatesIn(4));
    }

    [Fact]
    public void Schedule_OldestFirstWithTiedDates_SeedBreaksTheTie()
    {
        var tie = new DateOnly(2016, 1, 1);
        var states = Enumerable.Range(0, 8).Select(i => new ScheduleState($"T{i}", RegionalGroup.African, ExecutiveSummaryDate: tie)).ToList();
        var input = new ScheduleInput { Cycle = 3, Policy = SchedulePolicy.OldestExecutiveSummaryFirst, States = states };

        var firstYears = Enumerable.Range(0, 20).Select(i => string.Join(",", CycleScheduler.Schedule(input, Seeds.Of(i)).StatesIn(1))).ToHashSet();

        Assert.True(firstYears.Count > 5, $"only {firstYears.Count} different first years over 20 seeds");
    }
}
