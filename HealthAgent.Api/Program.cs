using HealthAgent.Api.Apis;
using HealthAgent.Api.Extensions;
using HealthAgent.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

await app.MigrateDatabaseAsync();

app.UseApiPipeline();
app.MapDefaultEndpoints();
app.MapHealthAgentApis();

app.Run();

/// <summary>The Api's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
