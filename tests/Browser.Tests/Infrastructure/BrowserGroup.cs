namespace Planner.Browser.Tests.Infrastructure;

/// <summary>
/// All browser test classes share one host and one browser (see <see cref="BrowserFixture"/>); the
/// drawing-of-lots tests use the same browser on a host of their own (see <see cref="DrawHost"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>, ICollectionFixture<DrawHost>
{
    public const string Name = "Browser";
}
