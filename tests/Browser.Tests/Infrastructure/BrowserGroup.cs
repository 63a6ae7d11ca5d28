namespace Planner.Browser.Tests.Infrastructure;

/// <summary>All browser test classes share one host and one browser (see <see cref="BrowserFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
