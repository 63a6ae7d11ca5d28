using Planner.Board.States;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Parties;

namespace Planner.Plugins.Draw.Inputs;

/// <summary>
/// Builds a draw's input from Planner's data: the pool is every State party, with the reviews it
/// has performed in the cycle (imported history and reviews opened in Planner); the history's
/// pairs feed the mutual-review and repeated-pair rules; legal systems and instruments come from
/// the parties' profiles. Nothing is typed in by hand, so the input is what the data says.
/// </summary>
public sealed class DrawInputBuilder(PartyRegistry registry)
{
    /// <summary>
    /// The input for these States under review, or the codes that cannot be reviewed: not States
    /// parties, or parties outside every regional group (whose group seat could never be filled).
    /// </summary>
    public async Task<(DrawInput? Input, IReadOnlyList<string> NotParties)> BuildAsync(int cycle, IReadOnlyList<string> underReview,
        IReadOnlyList<string> laterYears, DrawRules rules, IReadOnlyList<string> instrumentsReviewed, IReadOnlyList<Assignment>? kept = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(underReview);
        ArgumentNullException.ThrowIfNull(laterYears);
        ArgumentNullException.ThrowIfNull(instrumentsReviewed);
        var parties = (await registry.PartiesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Iso3);
        var notParties = underReview.Where(s => !parties.ContainsKey(s) || parties[s].Group == RegionalGroup.None).ToList();
        if (notParties.Count > 0)
        {
            return (null, notParties);
        }
        var history = await registry.HistoryAsync(cycle, cancellationToken).ConfigureAwait(false);
        // Reviewers kept from the previous phase (D5) perform reviews in this cycle like any other.
        var pairs = history.SelectMany(h => h.Reviewers.Select(r => new DrawnPair(r, h.Reviewed)))
            .Concat((kept ?? []).SelectMany(k => new[] { new DrawnPair(k.GroupReviewer, k.Reviewed), new DrawnPair(k.BoxReviewer, k.Reviewed) }))
            .Distinct()
            .ToList();
        var performed = pairs.GroupBy(p => p.Reviewer).ToDictionary(g => g.Key, g => g.Count());
        var reviewedAlready = history.Select(h => h.Reviewed).ToHashSet();
        ReviewedState Reviewed(string iso3) => new(iso3, parties[iso3].Group, parties[iso3].LegalSystem);
        var input = new DrawInput
        {
            UnderReview = [.. underReview.Distinct().Order(StringComparer.Ordinal).Select(Reviewed)],
            Pool = [.. parties.Values.OrderBy(p => p.Iso3, StringComparer.Ordinal).Select(p => new Candidate(p.Iso3, p.Group,
                performed.GetValueOrDefault(p.Iso3), p.LegalSystem, p.Instruments.Count == 0 ? null : p.Instruments.ToHashSet()))],
            History = [.. pairs.OrderBy(p => p.Reviewed, StringComparer.Ordinal).ThenBy(p => p.Reviewer, StringComparer.Ordinal)],
            LaterYears = [.. laterYears.Where(s => parties.ContainsKey(s) && !reviewedAlready.Contains(s) && !underReview.Contains(s))
                .Distinct().Order(StringComparer.Ordinal).Select(Reviewed)],
            Rules = rules with { RequiredInstruments = RequiredInstruments(underReview, parties, instrumentsReviewed) },
        };
        return (input, []);
    }

    /// <summary>UNTOC mode: each State is reviewed on the instruments under review that it is party to.</summary>
    private static Dictionary<string, IReadOnlySet<string>> RequiredInstruments(IReadOnlyList<string> underReview,
        Dictionary<string, PartyView> parties, IReadOnlyList<string> instrumentsReviewed) =>
        instrumentsReviewed.Count == 0
            ? []
            : underReview.Distinct().ToDictionary(s => s,
                IReadOnlySet<string> (s) => parties[s].Instruments.Intersect(instrumentsReviewed, StringComparer.OrdinalIgnoreCase).ToHashSet());
}
