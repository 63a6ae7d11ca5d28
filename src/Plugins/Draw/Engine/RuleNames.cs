namespace Planner.Plugins.Draw.Engine;

/// <summary>The names a failure uses for the rule that blocks a draw.</summary>
public static class RuleNames
{
    public const string RegionalGroup = nameof(RegionalGroup);
    public const string BoxAdmission = nameof(BoxAdmission);
    public const string NoSelfReview = nameof(NoSelfReview);
    public const string ReviewCap = nameof(ReviewCap);
    public const string NoRepeatedPair = nameof(NoRepeatedPair);
    public const string NoMutualReviews = nameof(NoMutualReviews);
    public const string RequiredInstruments = nameof(RequiredInstruments);
    public const string LookAhead = nameof(LookAhead);
    public const string Combination = nameof(Combination);
    public const string SearchLimit = nameof(SearchLimit);

    /// <summary>The State under review has used its repeat requests (D4).</summary>
    public const string RepeatLimit = nameof(RepeatLimit);
}
