namespace Planner.Host.Tests.Hosting;

/// <summary>The demo users of samples/data/sample-review.json (the Kenya review), by e-mail.</summary>
internal static class SampleUsers
{
    public const string Secretariat = "elena.markovic@example.org";
    public const string FocalPoint = "joseph.mwangi@example.org";
    public const string Expert = "grace.wanjiru@example.org";
    public const string Reviewer = "ruth.nakato@example.org";
    public const string Observer = "olga.ivanova@example.org";

    /// <summary>Agency expert of the Office of the Attorney-General (Grace is of the Ethics and Anti-Corruption Commission).</summary>
    public const string SecondExpert = "daniel.otieno@example.org";

    public const string SecretariatName = "Elena Marković";
    public const string FocalPointName = "Joseph Mwangi";
}
