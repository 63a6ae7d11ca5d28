namespace Planner.Board.Tests.Sample;

/// <summary>Finds samples/data/sample-review.json from the test's output folder, up to the repository root.</summary>
internal static class SampleFile
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Planner.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "samples", "data", "sample-review.json");
            }
        }
        throw new InvalidOperationException("Planner.sln not found above " + AppContext.BaseDirectory);
    }
}
