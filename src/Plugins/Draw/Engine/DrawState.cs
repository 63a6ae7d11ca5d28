using Planner.Board.States;
using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Engine;

/// <summary>
/// The mutable state of one draw: seats (2i = group seat, 2i+1 = box seat of the i-th State under
/// review, States sorted by ISO code), the candidates (sorted by ISO code), what is assigned, and
/// every rule as a check on (seat, candidate) against that state.
/// </summary>
internal sealed class DrawState
{
    private readonly int[] _groupDrawn;
    private readonly int[] _boxDrawn;
    private readonly int[] _reviewedIndexOfCandidate;
    private readonly int[] _candidateIndexOfReviewed;
    private readonly Dictionary<RegionalGroup, int> _laterGroupDemand;

    public DrawState(DrawInput input, bool legalSystemRule)
    {
        Input = input;
        Rules = input.Rules;
        Reviewed = [.. input.UnderReview.OrderBy(r => r.Iso3, StringComparer.Ordinal)];
        Candidates = [.. input.Pool.OrderBy(c => c.Iso3, StringComparer.Ordinal)];
        EnsureDistinct(Reviewed.Select(r => r.Iso3), nameof(input.UnderReview));
        EnsureDistinct(Candidates.Select(c => c.Iso3), nameof(input.Pool));
        Seats = [.. Reviewed.SelectMany(r => new[] { new Seat(r.Iso3, SeatKind.Group), new Seat(r.Iso3, SeatKind.Box) })];
        Assigned = [.. Enumerable.Repeat(-1, Seats.Length)];
        _groupDrawn = new int[Candidates.Length];
        _boxDrawn = new int[Candidates.Length];
        var candidateIndex = Candidates.Select((c, i) => (c.Iso3, i)).ToDictionary(p => p.Iso3, p => p.i);
        var reviewedIndex = Reviewed.Select((r, i) => (r.Iso3, i)).ToDictionary(p => p.Iso3, p => p.i);
        _reviewedIndexOfCandidate = [.. Candidates.Select(c => reviewedIndex.GetValueOrDefault(c.Iso3, -1))];
        _candidateIndexOfReviewed = [.. Reviewed.Select(r => candidateIndex.GetValueOrDefault(r.Iso3, -1))];
        LegalHard = [.. Reviewed.Select(r => legalSystemRule && Rules.SimilarLegalSystemWherePossible && r.LegalSystem is not null
            && Candidates.Any(c => c.Iso3 != r.Iso3 && c.LegalSystem == r.LegalSystem))];
        History = [.. input.History.Select(p => (p.Reviewer, p.Reviewed))];
        _laterGroupDemand = input.LaterYears.GroupBy(r => r.Group).ToDictionary(g => g.Key, g => g.Count());
        StaticDomains = [.. Enumerable.Range(0, Seats.Length).Select(s =>
            Enumerable.Range(0, Candidates.Length).Where(c => StaticBlock(s, c) is null).ToArray())];
    }

    public DrawInput Input { get; }

    public DrawRules Rules { get; }

    public ReviewedState[] Reviewed { get; }

    public Candidate[] Candidates { get; }

    public Seat[] Seats { get; }

    public int[] Assigned { get; }

    public bool[] LegalHard { get; }

    public HashSet<(string Reviewer, string Reviewed)> History { get; }

    public int[][] StaticDomains { get; }

    public ReviewedState ReviewedOf(int seat) => Reviewed[seat / 2];

    public static SeatKind KindOf(int seat) => seat % 2 == 0 ? SeatKind.Group : SeatKind.Box;

    /// <summary>The first rule that excludes the candidate regardless of other seats, or null.</summary>
    public string? StaticBlock(int seat, int candidate)
    {
        var r = ReviewedOf(seat);
        var c = Candidates[candidate];
        var kind = KindOf(seat);
        if (kind == SeatKind.Group && (c.Group != r.Group || r.Group == RegionalGroup.None))
        {
            return RuleNames.RegionalGroup;
        }
        if (kind == SeatKind.Box && c.Performed >= Input.BoxAdmitBelow)
        {
            return RuleNames.BoxAdmission;
        }
        if (c.Iso3 == r.Iso3)
        {
            return RuleNames.NoSelfReview;
        }
        if (c.Performed >= (kind == SeatKind.Group ? Rules.ReviewCap : Input.BoxCap))
        {
            return RuleNames.ReviewCap;
        }
        if (Rules.NoRepeatedPair && History.Contains((c.Iso3, r.Iso3)))
        {
            return RuleNames.NoRepeatedPair;
        }
        if (Rules.NoMutualReviews && History.Contains((r.Iso3, c.Iso3)))
        {
            return RuleNames.NoMutualReviews;
        }
        if (Rules.RequiredInstruments.TryGetValue(r.Iso3, out var required)
            && !required.All(i => c.Instruments?.Contains(i) == true))
        {
            return RuleNames.RequiredInstruments;
        }
        return null;
    }

    /// <summary>Whether the candidate may take the seat given everything assigned so far.</summary>
    public bool Allows(int seat, int candidate)
    {
        var sibling = seat ^ 1;
        if (Assigned[sibling] == candidate)
        {
            return false;
        }
        var c = Candidates[candidate];
        var g = _groupDrawn[candidate] + (KindOf(seat) == SeatKind.Group ? 1 : 0);
        var b = _boxDrawn[candidate] + (KindOf(seat) == SeatKind.Box ? 1 : 0);
        if (c.Performed + g > Rules.ReviewCap || c.Performed + g + b > (b > 0 ? Input.BoxCap : Rules.ReviewCap))
        {
            return false;
        }
        if (Rules.NoMutualReviews && ReviewsInThisDraw(seat / 2, candidate))
        {
            return false;
        }
        var reviewed = ReviewedOf(seat);
        if (LegalHard[seat / 2] && Assigned[sibling] >= 0
            && Candidates[Assigned[sibling]].LegalSystem != reviewed.LegalSystem
            && c.LegalSystem != reviewed.LegalSystem)
        {
            return false;
        }
        return true;
    }

    /// <summary>True when the State under review (index) already reviews the candidate in this draw.</summary>
    private bool ReviewsInThisDraw(int reviewedIndex, int candidate)
    {
        var asReviewed = _reviewedIndexOfCandidate[candidate];
        var asCandidate = _candidateIndexOfReviewed[reviewedIndex];
        return asReviewed >= 0 && asCandidate >= 0
            && (Assigned[2 * asReviewed] == asCandidate || Assigned[(2 * asReviewed) + 1] == asCandidate);
    }

    public void Assign(int seat, int candidate)
    {
        Assigned[seat] = candidate;
        (KindOf(seat) == SeatKind.Group ? _groupDrawn : _boxDrawn)[candidate]++;
    }

    public void Unassign(int seat)
    {
        var candidate = Assigned[seat];
        (KindOf(seat) == SeatKind.Group ? _groupDrawn : _boxDrawn)[candidate]--;
        Assigned[seat] = -1;
    }

    public List<int> ValidCandidates(int seat) => [.. StaticDomains[seat].Where(c => Allows(seat, c))];

    public bool HasValidCandidate(int seat) => StaticDomains[seat].Any(c => Allows(seat, c));

    /// <summary>
    /// The look-ahead, a relaxation of the rest of the cycle that ignores pair rules: every group
    /// keeps at least as much capacity as its open group seats (this year's and later years'),
    /// and all States together keep as much as all open seats. Null when it holds, else the
    /// group that is short (None for the total).
    /// </summary>
    public RegionalGroup? CapacityShortfall()
    {
        var openGroupSeats = new Dictionary<RegionalGroup, int>(_laterGroupDemand);
        var openSeats = 2 * Input.LaterYears.Count;
        for (var s = 0; s < Seats.Length; s++)
        {
            if (Assigned[s] >= 0)
            {
                continue;
            }
            openSeats++;
            if (KindOf(s) == SeatKind.Group)
            {
                var group = ReviewedOf(s).Group;
                openGroupSeats[group] = openGroupSeats.GetValueOrDefault(group) + 1;
            }
        }
        var groupCapacity = new Dictionary<RegionalGroup, int>();
        var totalCapacity = 0;
        for (var c = 0; c < Candidates.Length; c++)
        {
            var candidate = Candidates[c];
            var used = candidate.Performed + _groupDrawn[c] + _boxDrawn[c];
            var groupLeft = Math.Max(0, Rules.ReviewCap - used);
            var boxLeft = candidate.Performed < Input.BoxAdmitBelow ? Math.Max(0, Input.BoxCap - used) : 0;
            groupCapacity[candidate.Group] = groupCapacity.GetValueOrDefault(candidate.Group) + groupLeft;
            totalCapacity += Math.Max(groupLeft, boxLeft);
        }
        foreach (var (group, open) in openGroupSeats)
        {
            if (groupCapacity.GetValueOrDefault(group) < open)
            {
                return group;
            }
        }
        return totalCapacity < openSeats ? RegionalGroup.None : null;
    }

    private static void EnsureDistinct(IEnumerable<string> codes, string name)
    {
        var duplicate = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{duplicate.Key} appears twice.", name);
        }
    }
}
