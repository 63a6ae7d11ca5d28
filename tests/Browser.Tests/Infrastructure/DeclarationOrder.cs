using Xunit.Sdk;

namespace Planner.Browser.Tests.Infrastructure;

/// <summary>
/// Runs a class's tests in the order they are written, for a story told in steps (a draw is run,
/// then its reviews are opened). Each test still makes what it needs when run alone.
/// </summary>
public sealed class DeclarationOrder : ITestCaseOrderer
{
    public const string TypeName = "Planner.Browser.Tests.Infrastructure.DeclarationOrder";

    public const string AssemblyName = "Planner.Browser.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method is IReflectionMethodInfo m ? m.MethodInfo.MetadataToken : int.MaxValue);
}
