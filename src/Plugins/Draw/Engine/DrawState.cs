using Planner.Board.States;
using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Engine;

/// <summary>
/// The mutable state of one draw: seats (2i = group seat, 2i+1 = box seat of the i-th State under
/// review, States sorted by ISO code; then any extra seats), the candidates (sorted by ISO code),
/// what is assigned, and every rule as a check on (seat, candidate) against that state.
/// </summary>
internal sealed class DrawState
{
    private readonly int[] _groupDrawn;
    // Box and extra seats: both may bring a State to the box's cap.
    private readonly int[] _otherDrawn;
    private readonly int[] _reviewedIndexOfCandidate;
    private readonly int[] _candidateIndexOfReviewed;
    private readonly int[] _reviewedOfSeat;
    private readonly int[][] _seatsOfReviewed;
    private readonly Dictionary<RegionalGroup, int> _laterGroupDemand;

    // extraSeats: UNTOC extra-draw mode, placed after the group and box seats.
    public DrawState(DrawInput input, bool legalSystemRule, IReadOnlyList<Seat>? extraSeats = null)
    {
        Input = input;
        Rules = input.Rules;
        Reviewed = [.. input.UnderReview.OrderBy(r => r.Iso3, StringComparer.Ordinal)];
        Candidates = [.. input.Pool.OrderBy(c => c.Iso3, StringComparer.Ordinal)];
        EnsureDistinct(Reviewed.Select(r => r.Iso3), nameof(input.UnderReview));
        EnsureDistinct(Candidates.Select(c => c.Iso3), nameof(input.Pool));
        var candidateIndex = Candidates.Select((c, i) => (c.Iso3, i)).ToDictionary(p => p.Iso3, p => p.i);
        var reviewedIndex = Reviewed.Select((r, i) => (r.Iso3, i)).ToDictionary(p => p.Iso3, p => p.i);
        var extras = (extraSeats ?? [])
            .OrderBy(s => s.Reviewed, StringComparer.Ordinal).ThenBy(s => s.Instrument, StringComparer.Ordinal).ToList();
        if (extras.Any(s => s.Kind != SeatKind.Extra || s.Instrument is null || !reviewedIndex.ContainsKey(s.Reviewed)))
        {
            throw new ArgumentException("Extra seats name a State under review and an instrument.", nameof(extraSeats));
        }
        Seats = [.. Reviewed.SelectMany(r => new[] { new Seat(r.Iso3, SeatKind.Group), new Seat(r.Iso3, SeatKind.Box) }), .. extras];
        MainSeatCount = 2 * Reviewed.Length;
        _reviewedOfSeat = [.. Seats.Select(s => reviewedIndex[s.Reviewed])];
        _seatsOfReviewed = [.. Reviewed.Select((_, r) => Enumerable.Range(0, Seats.Length).Where(s => _reviewedOfSeat[s] == r).ToArray())];
        Assigned = [.. Enumerable.Repeat(-1, Seats.Length)];
        _groupDrawn = new int[Candidates.Length];
        _otherDrawn = new int[Candidates.Length];
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

    /// <summary>The group and box seats; extra seats follow them.</summary>
    public int MainSeatCount { get; }

    public int[] Assigned { get; }

    public bool[] LegalHard { get; }

    public HashSet<(string Reviewer, string Reviewed)> History { get; }

    public int[][] StaticDomains { get; }

    public ReviewedState ReviewedOf(int seat) => Reviewed[_reviewedOfSeat[seat]];

    private bool ExtraDrawMode => Rules.InstrumentMode == InstrumentMode.ExtraDrawForMissing;

    /// <summary>The first rule that excludes the candidate regardless of other seats, or null.</summary>
    public string? StaticBlock(int seat, int candidate)
    {
        var r = ReviewedOf(seat);
        var c = Candidates[candidate];
        var kind = Seats[seat].Kind;
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
        if (kind == SeatKind.Extra
            ? c.Instruments?.Contains(Seats[seat].Instrument!) != true
            : !ExtraDrawMode && !IsPartyToRequired(candidate, r.Iso3))
        {
            return RuleNames.RequiredInstruments;
        }
        return null;
    }

    /// <summary>Whether the candidate may take the seat given everything assigned so far.</summary>
    public bool Allows(int seat, int candidate)
    {
        var reviewedIndex = _reviewedOfSeat[seat];
        foreach (var other in _seatsOfReviewed[reviewedIndex])
        {
            if (other != seat && Assigned[other] == candidate)
            {
                return false;
            }
        }
        var c = Candidates[candidate];
        var isGroup = Seats[seat].Kind == SeatKind.Group;
        var g = _groupDrawn[candidate] + (isGroup ? 1 : 0);
        var b = _otherDrawn[candidate] + (isGroup ? 0 : 1);
        if (c.Performed + g > Rules.ReviewCap || c.Performed + g + b > (b > 0 ? Input.BoxCap : Rules.ReviewCap))
        {
            return false;
        }
        if (Rules.NoMutualReviews && ReviewsInThisDraw(reviewedIndex, candidate))
        {
            return false;
        }
        // The legal system binds the group and box seats together; extra seats are outside it.
        var sibling = seat ^ 1;
        var reviewed = Reviewed[reviewedIndex];
        if (seat < MainSeatCount && LegalHard[reviewedIndex] && Assigned[sibling] >= 0
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
        if (asReviewed < 0 || asCandidate < 0)
        {
            return false;
        }
        foreach (var seat in _seatsOfReviewed[asReviewed])
        {
            if (Assigned[seat] == asCandidate)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsPartyToRequired(int candidate, string reviewed) =>
        !Rules.RequiredInstruments.TryGetValue(reviewed, out var required)
        || required.All(i => Candidates[candidate].Instruments?.Contains(i) == true);

    /// <summary>
    /// Extra-draw mode, after the group and box seats are drawn: one extra seat for each State
    /// under review and each instrument it is reviewed on that one of its two reviewers is not
    /// party to. Instruments in ordinal order, so the seats are part of the replay.
    /// </summary>
    public List<Seat> MissingInstrumentSeats()
    {
        var seats = new List<Seat>();
        if (!ExtraDrawMode)
        {
            return seats;
        }
        for (var r = 0; r < Reviewed.Length; r++)
        {
            if (!Rules.RequiredInstruments.TryGetValue(Reviewed[r].Iso3, out var required))
            {
                continue;
            }
            foreach (var instrument in required.Order(StringComparer.Ordinal))
            {
                if (new[] { Assigned[2 * r], Assigned[(2 * r) + 1] }.Any(c => Candidates[c].Instruments?.Contains(instrument) != true))
                {
                    seats.Add(new Seat(Reviewed[r].Iso3, SeatKind.Extra, instrument));
                }
            }
        }
        return seats;
    }

    /// <summary>
    /// Extra-draw mode, on a redraw of a group or box seat: the candidate must be party to every
    /// instrument of that State that no extra seat covers, so a redraw never needs a new extra seat
    /// (which would change the rest of the draw).
    /// </summary>
    public bool KeepsInstrumentsCovered(int seat, int candidate)
    {
        if (!ExtraDrawMode || seat >= MainSeatCount
            || !Rules.RequiredInstruments.TryGetValue(Seats[seat].Reviewed, out var required))
        {
            return true;
        }
        var covered = _seatsOfReviewed[_reviewedOfSeat[seat]].Where(s => s >= MainSeatCount).Select(s => Seats[s].Instrument!);
        return required.Except(covered).All(i => Candidates[candidate].Instruments?.Contains(i) == true);
    }

    public void Assign(int seat, int candidate)
    {
        Assigned[seat] = candidate;
        (Seats[seat].Kind == SeatKind.Group ? _groupDrawn : _otherDrawn)[candidate]++;
    }

    public void Unassign(int seat)
    {
        var candidate = Assigned[seat];
        (Seats[seat].Kind == SeatKind.Group ? _groupDrawn : _otherDrawn)[candidate]--;
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
            if (Seats[s].Kind == SeatKind.Group)
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
            var used = candidate.Performed + _groupDrawn[c] + _otherDrawn[c];
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
