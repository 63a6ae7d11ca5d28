using System.Net;
using System.Net.Http.Json;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Parties;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>The States parties list on /api/plugins/draw/parties: read by anyone, kept by the secretariat (edits and CSV imports, all or nothing).</summary>
public sealed class PartiesApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task GetParties_Observer_ListsEveryStateWithItsPartyStatus()
    {
        using var observer = app.ClientAs(SampleUsers.Observer);

        var parties = await observer.PartiesAsync();

        Assert.Equal(app.WithDb(db => db.States.Count()), parties.Count);
        Assert.Equal(194, parties.Count(p => p.IsParty));
        var kenya = Assert.Single(parties, p => p.Iso3 == "KEN");
        Assert.True(kenya.IsParty);
        Assert.Equal(RegionalGroup.African, kenya.Group);
        Assert.Equal("Kenya", kenya.Name.En);
        Assert.False(Assert.Single(parties, p => p.Iso3 == "PRK").IsParty);
    }

    [Fact]
    public async Task PutParties_Secretariat_GetShowsTheNewGroupLegalSystemAndInstruments()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var before = await secretariat.PartyAsync("PSE");
        Assert.Equal(RegionalGroup.AsiaPacific, before.Group);
        Assert.Null(before.LegalSystem);

        using var response = await secretariat.PutAsJsonAsync(DrawApp.Api + "/parties",
            new[] { new PartyChange("PSE", true, RegionalGroup.WesternEuropeanOthers, "civil law", ["UNTOC", "TIP"]) }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var palestine = await secretariat.PartyAsync("PSE");
        Assert.True(palestine.IsParty);
        Assert.Equal(RegionalGroup.WesternEuropeanOthers, palestine.Group);
        Assert.Equal("civil law", palestine.LegalSystem);
        Assert.Equal(["TIP", "UNTOC"], palestine.Instruments);
        Assert.True(app.WithDb(db => db.AuditLog.Any(a => a.Entity == "State" && a.EntityKey == "PSE" && a.ActorName == SampleUsers.SecretariatName)));
        Assert.True(app.WithDb(db => db.AuditLog.Any(a => a.Entity == "PluginDatum" && a.ActorName == SampleUsers.SecretariatName)));
    }

    [Fact]
    public async Task PutParties_FocalPoint_Returns403AndNothingChanges()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PutAsJsonAsync(DrawApp.Api + "/parties",
            new[] { new PartyChange("KEN", false, RegionalGroup.AsiaPacific, "common law", ["UNTOC"]) }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var kenya = await focalPoint.PartyAsync("KEN");
        Assert.True(kenya.IsParty);
        Assert.Equal(RegionalGroup.African, kenya.Group);
        Assert.Null(kenya.LegalSystem);
        Assert.Empty(kenya.Instruments);
    }

    [Fact]
    public async Task ImportParties_BadLines_Returns400NamingEachLineAndImportsNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        const string csv = """
            iso3,party,group,legal_system,instruments
            UGA,yes,African Group,common law,UNTOC;TIP
            BRA,maybe,Latin American and Caribbean Group,civil law,UNTOC
            FRA,yes,Atlantis Group,civil law,UNTOC
            """;

        using var response = await secretariat.PostCsvAsync("/parties/import", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("Line 3", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("maybe", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Line 4", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 2", problem.Detail, StringComparison.Ordinal);
        var uganda = await secretariat.PartyAsync("UGA");
        Assert.Null(uganda.LegalSystem);
        Assert.Empty(uganda.Instruments);
        Assert.Equal(0, app.WithDb(db => db.PluginData.Count()));
    }

    [Fact]
    public async Task ImportParties_UnknownIsoCode_Returns400NamingItAndChangesNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        const string csv = """
            iso3,party,group,legal_system,instruments
            UGA,no,African Group,common law,
            XXX,yes,African Group,common law,
            """;

        using var response = await secretariat.PostCsvAsync("/parties/import", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("XXX", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        var uganda = await secretariat.PartyAsync("UGA");
        Assert.True(uganda.IsParty);
        Assert.Null(uganda.LegalSystem);
    }

    [Fact]
    public async Task ImportParties_ValidFile_AppliesEveryLineAndIsAudited()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        const string csv = """
            iso3,party,group,legal_system,instruments
            KEN,yes,African Group,common law,UNTOC;TIP;SOM
            PRK,yes,,civil law,
            "SYR",yes,AsiaPacific,"civil law, Islamic law",UNTOC
            """;

        using var response = await secretariat.PostCsvAsync("/parties/import", csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parties = await secretariat.PartiesAsync();
        var kenya = Assert.Single(parties, p => p.Iso3 == "KEN");
        Assert.Equal("common law", kenya.LegalSystem);
        Assert.Equal(["SOM", "TIP", "UNTOC"], kenya.Instruments);
        var northKorea = Assert.Single(parties, p => p.Iso3 == "PRK");
        Assert.True(northKorea.IsParty);
        Assert.Equal(RegionalGroup.AsiaPacific, northKorea.Group);
        Assert.Equal("civil law, Islamic law", Assert.Single(parties, p => p.Iso3 == "SYR").LegalSystem);
        Assert.Equal(196, parties.Count(p => p.IsParty));
        Assert.True(app.WithDb(db => db.AuditLog.Count(a => a.Entity == "State" && a.ActorName == SampleUsers.SecretariatName
            && (a.EntityKey == "PRK" || a.EntityKey == "SYR"))) >= 2);
    }

    [Fact]
    public async Task ImportParties_FocalPoint_Returns403AndImportsNothing()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostCsvAsync("/parties/import", "iso3,party,group,legal_system,instruments\nPRK,yes,,,\n");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await focalPoint.PartyAsync("PRK")).IsParty);
    }
}
