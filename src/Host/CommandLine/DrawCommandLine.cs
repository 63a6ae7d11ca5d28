using System.Text.Json;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Verification;

namespace Planner.Host.CommandLine;

/// <summary>
/// `dotnet run --project src/Host -- draw verify &lt;draw.json | draw id&gt;`: checks a draw — the
/// record served by GET /api/plugins/draw/draws/{id}, saved to a file by anyone, or a draw of this
/// installation by id. Exits 0 when the seed matches the commitment and the replay gives the
/// published result, 1 when not, 2 when the draw cannot be read.
/// </summary>
public static class DrawCommandLine
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static bool IsDrawCommand(string[] args) => args is ["draw", "verify", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 3)
        {
            await Console.Error.WriteLineAsync("Usage: draw verify <draw.json | draw id>").ConfigureAwait(false);
            return 2;
        }
        var view = await ReadAsync(app, args[2]).ConfigureAwait(false);
        if (view?.Result is null || string.IsNullOrEmpty(view.Seed))
        {
            await Console.Error.WriteLineAsync($"Cannot read a draw that has run from '{args[2]}'.").ConfigureAwait(false);
            return 2;
        }
        DrawCheck check;
        try
        {
            check = DrawVerification.Check(view);
        }
        catch (FormatException)
        {
            await Console.Error.WriteLineAsync("The seed is not hexadecimal.").ConfigureAwait(false);
            return 2;
        }
        await Console.Out.WriteLineAsync($"Commitment {view.Commitment}: {(check.CommitmentMatches ? "matches the revealed seed" : "does NOT match the revealed seed")}.")
            .ConfigureAwait(false);
        await Console.Out.WriteLineAsync(check.ReplayMatches
            ? $"Replay: the same {check.Replayed.Assignments.Count} assignments and {check.Replayed.Redraws.Count} redraws as published."
            : "Replay: does NOT give the published result.").ConfigureAwait(false);
        await Console.Out.WriteLineAsync(check.Verified ? "Draw verified." : "Draw NOT verified.").ConfigureAwait(false);
        return check.Verified ? 0 : 1;
    }

    private static async Task<DrawView?> ReadAsync(WebApplication app, string what)
    {
        if (Guid.TryParse(what, out var id))
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DrawSessions>().FindAsync(id).ConfigureAwait(false) is { } record
                ? DrawView.Of(record)
                : null;
        }
        if (!File.Exists(what))
        {
            return null;
        }
        try
        {
            await using var file = File.OpenRead(what);
            return await JsonSerializer.DeserializeAsync<DrawView>(file, Json).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
