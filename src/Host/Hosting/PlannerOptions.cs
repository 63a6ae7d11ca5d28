namespace Planner.Host.Hosting;

/// <summary>The "Planner" configuration section (environment variables: Planner__DataFolder, …).</summary>
public sealed class PlannerOptions
{
    public const string Section = "Planner";

    /// <summary>Where the database and other files live. Relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Overrides the SQLite database in the data folder when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The sample review seeded into a new database; empty for none.</summary>
    public string? SampleReview { get; set; } = "SampleData/sample-review.json";

    /// <summary>
    /// Create sign-in accounts for the sample's demo users, with the passwords in the sample file,
    /// when a new database is seeded. Development only: on in appsettings.Development.json.
    /// </summary>
    public bool DemoAccounts { get; set; }
}
