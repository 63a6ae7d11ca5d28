using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Reviews;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;
using Planner.Host.Components.Board;
using Planner.Host.Realtime;
using Planner.Host.Tests.Components;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Stakeholders see only shared articles and not the people on a review: the hub keeps presence
/// to the board's main group (BoardHubRelay) and the people page refuses them. The Blazor board
/// should keep the same line.
/// </summary>
public sealed class StakeholderPresenceTests : IAsyncLifetime
{
    private const string Stakeholder = "sam.stakeholder@example.org";

    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task BoardPage_Stakeholder_DoesNotShowWhoElseIsOnTheBoard()
    {
        var stakeholderId = Guid.NewGuid();
        // Signed in first (as BoardComponentHost.SignInAsync does): bunit takes no services once one was resolved.
        host.Bunit.AddAuthorization().SetAuthorized("Sam Stakeholder").SetClaims(new Claim(ClaimTypes.NameIdentifier, stakeholderId.ToString()));
        host.Bunit.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        await host.RunAsync<PlannerDbContext, int>(db =>
        {
            db.Users.Add(new User(stakeholderId, "Sam Stakeholder", Stakeholder, isSecretariat: false));
            db.Participants.Add(new Participant(host.ReviewId, stakeholderId, ReviewRole.Stakeholder));
            return db.SaveChangesAsync();
        });
        var tileId = await host.TileIdAsync(5);
        var secretariat = await host.UserIdAsync(SampleUsers.Secretariat);
        var version = await host.RunAsync<PlannerDbContext, int>(db => db.Tiles.Where(t => t.Id == tileId).Select(t => t.Version).SingleAsync());
        var shared = await host.RunAsync<ShareTileCommand, TileChangeResult>(c => c.ExecuteAsync(new ShareTile(tileId, true, version), secretariat));
        Assert.Equal(TileChangeStatus.Applied, shared.Status);
        var cut = host.Bunit.Render<BoardPage>(p => p.Add(c => c.ReviewId, host.ReviewId));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("article[data-tile-article=\"5\"]")));

        var focalPoint = await host.UserIdAsync(SampleUsers.FocalPoint);
        await host.Bunit.Services.GetRequiredService<PresenceTracker>().JoinAsync("focal-point-tab", host.ReviewId, focalPoint, SampleUsers.FocalPointName);
        // A change to the shared tile after it: once the stakeholder's board announces it, the presence event was handled too.
        var reviewer = await host.UserIdAsync(SampleUsers.Reviewer);
        await host.RunAsync<AddCommentCommand, TileChangeResult>(c => c.ExecuteAsync(new AddComment(tileId, "Shared for comment."), reviewer));
        cut.WaitForAssertion(() => Assert.Contains("commented on article 5", cut.Markup, StringComparison.Ordinal));

        Assert.Empty(cut.FindAll($".presence-user[data-user=\"{SampleUsers.FocalPointName}\"]"));
    }
}
