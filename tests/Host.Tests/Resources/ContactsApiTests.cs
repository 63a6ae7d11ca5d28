using System.Net;
using System.Net.Http.Json;
using Planner.Board.Resources;
using Planner.Board.Workflow;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Resources;

/// <summary>The contacts on a tile: the review's people for those on it; the secretariat only for stakeholders; nothing for outsiders.</summary>
public sealed class ContactsApiTests : IAsyncLifetime
{
    private const string Stakeholder = "nadia.haddad@example.org";

    private PlannerAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new PlannerAppFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Contacts_AgencyExpert_EveryoneOnTheReviewWithRoleAgencyAndEmail()
    {
        var list = await factory.ClientAs(SampleUsers.Expert).GetFromJsonAsync<TileContactList>($"/api/tiles/{factory.TileId(5)}/contacts", ApiJson.Options);

        Assert.False(list!.Limited);
        Assert.Contains(list.Contacts, c => c is { Name: "Ruth Nakato", Role: ReviewRole.Reviewer, Email: SampleUsers.Reviewer });
        Assert.Contains(list.Contacts, c => c is { Name: SampleUsers.SecretariatName, Role: ReviewRole.Secretariat, Email: SampleUsers.Secretariat });
        Assert.Contains(list.Contacts, c => c.Email == SampleUsers.SecondExpert && c.Agency == "Office of the Attorney-General (central authority)");
    }

    [Fact]
    public async Task Contacts_NoRoleOnReview_NotFoundProblem()
    {
        var response = await factory.ClientAs(factory.AddUserWithoutRole()).GetAsync($"/api/tiles/{factory.TileId(5)}/contacts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.DoesNotContain("@", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_StakeholderOnSharedTile_SecretariatEmailFocalPointNameNoOneElse()
    {
        var list = await factory.ClientAs(Stakeholder).GetFromJsonAsync<TileContactList>($"/api/tiles/{factory.TileId(10)}/contacts", ApiJson.Options);

        Assert.True(list!.Limited);
        Assert.Contains(list.Contacts, c => c is { Role: ReviewRole.Secretariat, Email: SampleUsers.Secretariat });
        Assert.Contains(list.Contacts, c => c is { Name: SampleUsers.FocalPointName, Role: ReviewRole.FocalPoint, Email: null });
        Assert.All(list.Contacts, c => Assert.True(c.Role is ReviewRole.Secretariat or ReviewRole.FocalPoint));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(Stakeholder).GetAsync($"/api/tiles/{factory.TileId(5)}/contacts")).StatusCode);
    }
}
