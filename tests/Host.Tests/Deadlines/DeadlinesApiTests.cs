using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Planner.Board.Deadlines;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Deadlines;

public sealed class DeadlinesApiTests : IAsyncLifetime
{
    private PlannerAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new PlannerAppFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData(SampleUsers.Secretariat, HttpStatusCode.OK)]
    [InlineData(SampleUsers.FocalPoint, HttpStatusCode.OK)]
    [InlineData(SampleUsers.Reviewer, HttpStatusCode.OK)]
    [InlineData(SampleUsers.Expert, HttpStatusCode.Forbidden)]
    [InlineData(SampleUsers.Observer, HttpStatusCode.Forbidden)]
    public async Task Put_ByRole_OnlyThoseWhoMayAdjust(string user, HttpStatusCode expected)
    {
        var response = await PutAsync(factory.ClientAs(user), Guid.NewGuid(), "2027-03-01", "Agreed at the kick-off call", 0);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Put_NoRoleOnReview_NotFoundProblem()
    {
        var response = await PutAsync(factory.ClientAs(factory.AddUserWithoutRole()), Guid.NewGuid(), "2027-03-01", "Agreed", 0);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientAs(factory.AddUserWithoutRole())
            .GetAsync($"/api/reviews/{factory.ReviewId}/deadlines")).StatusCode);
    }

    [Fact]
    public async Task Put_NoReason_BadRequestProblem()
    {
        var response = await PutAsync(factory.ClientAs(SampleUsers.FocalPoint), Guid.NewGuid(), "2027-03-01", "", 0);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(ApiJson.Options);
        Assert.Equal("ReasonRequired", problem!.Extensions["refusal"]!.ToString());
    }

    [Fact]
    public async Task Put_StaleVersion_ConflictWithLatestAndNothingOverwritten()
    {
        var id = Guid.NewGuid();
        var focalPoint = factory.ClientAs(SampleUsers.FocalPoint);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(focalPoint, id, "2027-03-01", "Agreed", 0)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(factory.ClientAs(SampleUsers.Reviewer), id, "2027-03-15", "Uganda needs two more weeks", 1)).StatusCode);

        var response = await PutAsync(focalPoint, id, "2027-02-20", "Earlier, please", 1);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var list = await focalPoint.GetFromJsonAsync<DeadlineList>($"/api/reviews/{factory.ReviewId}/deadlines", ApiJson.Options);
        var deadline = Assert.Single(list!.Deadlines);
        Assert.Equal((new DateOnly(2027, 3, 15), 2), (deadline.DueDate, deadline.Version));
        Assert.Equal("Uganda needs two more weeks", deadline.History[0].Reason);
    }

    [Fact]
    public async Task Put_UnknownKind_BadRequest()
    {
        var response = await factory.ClientAs(SampleUsers.FocalPoint).PutAsJsonAsync(
            $"/api/reviews/{factory.ReviewId}/deadlines/{Guid.NewGuid()}",
            new { kind = "Party", dueDate = "2027-03-01", reason = "Agreed", expectedVersion = 0 }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, string due, string reason, int expectedVersion) =>
        client.PutAsJsonAsync($"/api/reviews/{factory.ReviewId}/deadlines/{id}",
            new { kind = nameof(DeadlineKind.ChecklistDue), dueDate = due, met = false, reason, expectedVersion }, ApiJson.Options);
}
