using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Audit;

public sealed class AuditApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task GetAuditLog_AfterAComment_SecretariatSeesWhoAndWhat()
    {
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);
        using var posted = await reviewer.AddCommentAsync(app.TileId(5), "Audit me.");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        var entries = await secretariat.GetFromJsonAsync<List<AuditRow>>(
            $"/api/reviews/{app.ReviewId}/audit?entity=Comment&tile={app.TileId(5)}", ApiJson.Options);

        var newest = entries![0];
        Assert.Equal("Ruth Nakato", newest.ActorName);
        Assert.Equal("added", newest.Action);
        Assert.Contains("Audit me.", newest.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAuditLog_FocalPoint_Returns404()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.GetAsync($"/api/reviews/{app.ReviewId}/audit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExportAuditLog_Secretariat_CsvWithHeaderAndHashes()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.GetAsync($"/api/reviews/{app.ReviewId}/audit.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sequence,at_utc,actor_id,actor", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 20);
        Assert.Matches("[0-9a-f]{64}$", lines[1]);
    }

    [Fact]
    public async Task VerifyAuditLog_UntouchedDatabase_Intact()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsync("/api/audit/verify", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verification = await response.Content.ReadFromJsonAsync<AuditVerification>(ApiJson.Options);
        Assert.True(verification!.IsIntact);
        Assert.True(verification.Checked > 100);
    }

    [Fact]
    public async Task VerifyAuditLog_RowTamperedInDatabase_ReportsTheRow()
    {
        app.WithDb(db => db.Database.ExecuteSqlRaw("UPDATE AuditLog SET ActorName = 'Mallory' WHERE Sequence = 42"));
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsync("/api/audit/verify", null);

        var verification = await response.Content.ReadFromJsonAsync<AuditVerification>(ApiJson.Options);
        Assert.False(verification!.IsIntact);
        Assert.Equal(42, verification.FirstBrokenSequence);
        Assert.Equal(AuditBreak.ContentChanged, verification.Break);
    }

    /// <summary>The fields of an audit entry a reader checks.</summary>
    private sealed record AuditRow(long Sequence, string ActorName, string Action, string Entity, string After);

    [Fact]
    public async Task VerifyAuditLog_Reviewer_Returns404()
    {
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);

        using var response = await reviewer.PostAsync("/api/audit/verify", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
