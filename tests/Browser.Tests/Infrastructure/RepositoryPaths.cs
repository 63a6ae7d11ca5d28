namespace Planner.Browser.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's bin folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Planner.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>PLANNER_ARTIFACTS when set, otherwise &lt;repo&gt;/artifacts/screenshots (ignored by git).</summary>
    public static string Screenshots()
    {
        var configured = Environment.GetEnvironmentVariable("PLANNER_ARTIFACTS");
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Root, "artifacts", "screenshots")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Planner.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Planner.sln not found above {AppContext.BaseDirectory}.");
    }
}
