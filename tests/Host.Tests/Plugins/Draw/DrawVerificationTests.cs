using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Planner.Host.CommandLine;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Verification;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>
/// Checking a published draw as anyone would: the record from GET /api/plugins/draw/draws/{id},
/// with its redraws, checked by <see cref="DrawVerification"/> and by the <c>draw verify</c> command.
/// </summary>
public sealed class DrawVerificationTests(DrawAppFixture fixture) : IClassFixture<DrawAppFixture>
{
    [Fact]
    public async Task Check_PublishedDrawWithRedraws_Verified()
    {
        var published = await PublishedDrawWithRedrawsAsync();

        var check = DrawVerification.Check(published);

        Assert.True(check.Verified);
        Assert.Equal(2, check.Replayed.Redraws.Count);
        Assert.Equal(published.Result!.Assignments, check.Replayed.Assignments);
    }

    [Fact]
    public async Task Check_OnePublishedAssignmentChanged_ReplayDoesNotMatch()
    {
        var published = await PublishedDrawWithRedrawsAsync();
        var result = published.Result!;
        var kenya = result.For("KEN");
        var other = result.Input.Pool.Select(c => c.Iso3).First(c => c != kenya.Reviewed && c != kenya.GroupReviewer && c != kenya.BoxReviewer);
        var tampered = published with
        {
            Result = result with { Assignments = [.. result.Assignments.Select(a => a.Reviewed == "KEN" ? a with { BoxReviewer = other } : a)] },
        };

        var check = DrawVerification.Check(tampered);

        Assert.True(check.CommitmentMatches);
        Assert.False(check.ReplayMatches);
        Assert.False(check.Verified);
    }

    [Fact]
    public async Task Check_SeedOfAnotherDraw_CommitmentDoesNotMatch()
    {
        var published = await PublishedDrawWithRedrawsAsync();

        var check = DrawVerification.Check(published with { Seed = Convert.ToHexString(SeedCommitment.Create().Seed) });

        Assert.False(check.CommitmentMatches);
        Assert.False(check.Verified);
    }

    [Fact]
    public async Task DrawVerifyCommand_SavedRecord_Exits0AndTamperedRecordExits1()
    {
        var published = await PublishedDrawWithRedrawsAsync();
        var result = published.Result!;
        var tampered = published with
        {
            Result = result with { Redraws = [.. result.Redraws.Select(r => r with { Chosen = r.Previous })] },
        };

        Assert.Equal(0, await VerifyCommandAsync(JsonSerializer.Serialize(published, ApiJson.Options)));
        Assert.Equal(1, await VerifyCommandAsync(JsonSerializer.Serialize(tampered, ApiJson.Options)));
        Assert.Equal(2, await VerifyCommandAsync("not a draw"));
    }

    /// <summary>A draw run, its box seat redrawn once at Kenya's request and once after a withdrawal, as GET returns it.</summary>
    private async Task<DrawView> PublishedDrawWithRedrawsAsync()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        using var observer = fixture.App.ClientAs(SampleUsers.Observer);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(RedrawTests.Input())).Id);
        RedrawRequest[] redraws =
        [
            new("KEN", SeatKind.Box, "Kenya asks for a repeat.") { ReasonKind = RedrawReason.RequestedByStateUnderReview },
            new("BRA", SeatKind.Group, "The reviewer withdrew.") { ReasonKind = RedrawReason.ReviewerWithdrew },
        ];
        foreach (var redraw in redraws)
        {
            using var response = await secretariat.RedrawAsync(draw.Id, redraw);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return await observer.DrawAsync(draw.Id);
    }

    /// <summary>Runs <c>draw verify &lt;file&gt;</c> on a saved record and returns its exit code.</summary>
    private static async Task<int> VerifyCommandAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"planner-draw-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            await using var host = WebApplication.CreateBuilder().Build();
            return await DrawCommandLine.RunAsync(host, ["draw", "verify", file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
