namespace Planner.Browser.Tests.Infrastructure;

/// <summary>People of the sample review (samples/data/sample-review.json).</summary>
public static class DemoUsers
{
    public const string FocalPoint = "Joseph Mwangi";
    public const string Secretariat = "Elena Marković";
    public const string Reviewer = "Ruth Nakato";
}
