namespace Planner.Host.Tests.Hosting;

/// <summary>Files of the repository, found by walking up from the test's output folder to Planner.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleReview { get; } = Path.Combine(Root, "samples", "data", "sample-review.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Planner.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Planner.sln not found above " + AppContext.BaseDirectory);
    }
}
