using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Planner.Browser.Tests.Infrastructure;

/// <summary>
/// The real host on a free loopback port, with a data folder of its own so the sample review is
/// seeded afresh. Development, so the static web assets (blazor.web.js) are served from the build.
/// </summary>
public sealed class PlannerAppFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"planner-browser-{Guid.NewGuid():N}");

    public PlannerAppFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:40123.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Planner:DataFolder", dataFolder);
        builder.UseSetting("Planner:SampleReview", SampleReview());
        // Every person in every browser test signs in from 127.0.0.1: the per-address limit is not under test here.
        builder.UseSetting("Planner:SignInAttemptsPerMinute", "1000");
        // The draw's lots are revealed one by one: fast enough for the tests, slow enough to watch them come.
        builder.UseSetting("Plugins:draw:RevealMilliseconds", "100");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataFolder))
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>The copy in the bin folder if the build put one there, else the repository's file.</summary>
    private static string SampleReview()
    {
        const string relative = "SampleData/sample-review.json";
        return File.Exists(Path.Combine(AppContext.BaseDirectory, relative))
            ? relative
            : Path.Combine(RepositoryPaths.Root, "samples", "data", "sample-review.json");
    }
}
