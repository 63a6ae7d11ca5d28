using Planner.Host.CommandLine;
using Planner.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlannerServices();

var app = builder.Build();
await app.InitializePlannerDatabaseAsync();
if (AuditCommandLine.IsAuditCommand(args))
{
    return await AuditCommandLine.RunAsync(app);
}
if (DrawCommandLine.IsDrawCommand(args))
{
    return await DrawCommandLine.RunAsync(app, args);
}
app.UsePlanner();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
