using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Planner.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core on a page and fails on serious or critical violations, naming each one.</summary>
public static class AxeReport
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Lesser findings (moderate, minor) are written to the test output, not failed on.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string what, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var result = await page.RunAxe();
        output.WriteLine($"axe-core on {what}: {result.Passes.Length} rules passed, {result.Violations.Length} violated, {result.Incomplete.Length} to review by hand.");
        foreach (var v in result.Violations.Where(v => !BlockingImpacts.Contains(v.Impact)))
        {
            output.WriteLine($"  {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        }
        foreach (var v in result.Incomplete)
        {
            output.WriteLine($"  to review: {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}");
        }
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe(what, blocking));
    }

    private static string Describe(string what, List<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe-core found {violations.Count} serious or critical violation(s) on {what}:");
        foreach (var v in violations)
        {
            text.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture, $"- {v.Id} ({v.Impact}): {v.Help}");
            foreach (var node in v.Nodes)
            {
                text.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture, $"    {node.Target}");
            }
        }
        return text.ToString();
    }
}
