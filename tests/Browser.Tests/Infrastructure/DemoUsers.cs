namespace Planner.Browser.Tests.Infrastructure;

/// <summary>People of the sample review (samples/data/sample-review.json) and their demo passwords.</summary>
public static class DemoUsers
{
    public const string FocalPoint = "Joseph Mwangi";
    public const string Secretariat = "Elena Marković";
    public const string Reviewer = "Ruth Nakato";
    public const string Observer = "Olga Ivanova";
    public const string Expert = "Grace Wanjiru";

    private static readonly Dictionary<string, (string Email, string Password)> Credentials = new()
    {
        [FocalPoint] = ("joseph.mwangi@example.org", "focal-point-demo-2026"),
        [Secretariat] = ("elena.markovic@example.org", "secretariat-demo-2026"),
        [Reviewer] = ("ruth.nakato@example.org", "reviewer-demo-2026"),
        [Observer] = ("olga.ivanova@example.org", "observer-demo-2026"),
        [Expert] = ("grace.wanjiru@example.org", "agency-expert-demo-2026"),
    };

    public static (string Email, string Password) CredentialsOf(string name) => Credentials[name];
}
