using System.Net;
using System.Net.Http.Json;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Verification;

namespace Planner.Host.Tests.Plugins;

/// <summary>The built-in draw plugin's public replay: anyone on Planner can check a published draw.</summary>
public sealed class DrawVerifyTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Verify_RecordedInputAndRevealedSeed_SameDrawAndCommitmentMatches()
    {
        var commitment = SeedCommitment.Create();
        var input = Input();
        var announced = DrawSolver.Solve(input, commitment.Seed);
        using var observer = app.ClientAs(SampleUsers.Observer);

        using var response = await observer.PostAsJsonAsync("/api/plugins/draw/verify",
            new VerifyDrawRequest(input, Convert.ToHexString(commitment.Seed), commitment.Commitment), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replay = (await response.Content.ReadFromJsonAsync<VerifyDrawResponse>(ApiJson.Options))!;
        Assert.True(announced.Succeeded);
        Assert.True(replay.CommitmentMatches);
        Assert.Equal(announced.Assignments, replay.Result.Assignments);
    }

    [Fact]
    public async Task Verify_AnotherSeedThanCommitted_CommitmentDoesNotMatch()
    {
        var committed = SeedCommitment.Create();
        var other = SeedCommitment.Create();
        using var observer = app.ClientAs(SampleUsers.Observer);

        using var response = await observer.PostAsJsonAsync("/api/plugins/draw/verify",
            new VerifyDrawRequest(Input(), Convert.ToHexString(other.Seed), committed.Commitment), ApiJson.Options);

        Assert.False((await response.Content.ReadFromJsonAsync<VerifyDrawResponse>(ApiJson.Options))!.CommitmentMatches);
    }

    [Fact]
    public async Task Verify_SeedNotHex_Returns400Problem()
    {
        using var observer = app.ClientAs(SampleUsers.Observer);

        using var response = await observer.PostAsJsonAsync("/api/plugins/draw/verify",
            new VerifyDrawRequest(Input(), "not-hex", "00"), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hexadecimal", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NotSignedIn_Returns401()
    {
        using var anonymous = app.Anonymous();

        using var response = await anonymous.PostAsJsonAsync("/api/plugins/draw/verify", new VerifyDrawRequest(null, null, null), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A small year: four States under review in two groups, eight candidates.</summary>
    private static DrawInput Input() => new()
    {
        UnderReview = [new("KEN", RegionalGroup.African), new("BRA", RegionalGroup.LatinAmericanCaribbean)],
        Pool =
        [
            new("KEN", RegionalGroup.African, 0), new("UGA", RegionalGroup.African, 0), new("GHA", RegionalGroup.African, 1),
            new("BRA", RegionalGroup.LatinAmericanCaribbean, 0), new("CHL", RegionalGroup.LatinAmericanCaribbean, 0),
            new("PER", RegionalGroup.LatinAmericanCaribbean, 1), new("FRA", RegionalGroup.WesternEuropeanOthers, 0),
            new("JPN", RegionalGroup.AsiaPacific, 0),
        ],
    };
}
