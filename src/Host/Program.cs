using Planner.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlannerServices();

var app = builder.Build();
await app.InitializePlannerDatabaseAsync();
app.UsePlanner();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
