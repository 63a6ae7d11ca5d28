using Planner.Board.Audit;

namespace Planner.Host.CommandLine;

/// <summary>
/// `dotnet run --project src/Host -- audit verify`: checks the audit chain of the configured
/// database and exits 0 when intact, 1 at the first broken entry (for cron jobs and operators).
/// </summary>
public static class AuditCommandLine
{
    public static bool IsAuditCommand(string[] args) => args is ["audit", "verify", ..];

    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync(result.IsIntact
            ? $"Audit log intact: {result.Checked} entries checked."
            : $"Audit log BROKEN at entry {result.FirstBrokenSequence}: {result.Break} ({result.Checked} entries before it are intact).").ConfigureAwait(false);
        return result.IsIntact ? 0 : 1;
    }
}
