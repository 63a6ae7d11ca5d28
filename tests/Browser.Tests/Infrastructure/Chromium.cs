namespace Planner.Browser.Tests.Infrastructure;

/// <summary>
/// Where the browser is, and the one rule for when it is not there: a developer's machine without
/// Chromium skips the browser tests; CI (CI=true) fails them, so a missing install step is seen.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingReason = $"Chromium not found at {ExecutablePath} (install with apt-get install chromium)";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Call first in every browser test: skips, or under CI fails, when Chromium is missing.</summary>
    public static void Require()
    {
        if (IsInstalled)
        {
            return;
        }
        if (IsCi)
        {
            throw new InvalidOperationException($"{MissingReason}. CI=true: browser tests must run in CI, not skip.");
        }
        Skip.If(true, MissingReason);
    }

    public static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];
}
