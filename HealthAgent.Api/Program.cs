using HealthAgent.Api.Apis;
using HealthAgent.Api.Extensions;
using HealthAgent.Api.Import;
using HealthAgent.ServiceDefaults;

if (ImportMemoryCommand.Matches(args))
{
    return await ImportMemoryCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

await app.MigrateDatabaseAsync();

app.UseApiPipeline();
app.MapDefaultEndpoints();
app.MapHealthAgentApis();

app.Run();
return 0;

/// <summary>The Api's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
