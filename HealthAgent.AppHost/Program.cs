using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Resources;
using HealthAgent.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var db = postgres.AddDatabase(ResourceNames.HealthDb);
var redis = builder.AddRedis(ResourceNames.Redis);
var serviceKey = builder.AddParameter("service-key", secret: true);

var api = builder.AddProject<Projects.HealthAgent_Api>(ResourceNames.Api)
    .WithReference(db).WithReference(redis)
    .WithEnvironment("Auth__ServiceKey", serviceKey)
    .WaitFor(db).WaitFor(redis);

var bot = builder.AddProject<Projects.HealthAgent_Bot>(ResourceNames.Bot)
    .WithReference(redis).WithReference(api)
    .WithEnvironment("Auth__ServiceKey", serviceKey)
    .WaitFor(api);

builder.AddProject<Projects.HealthAgent_Worker>(ResourceNames.Worker)
    .WithReference(db).WithReference(redis).WithReference(bot)
    .WithEnvironment("Auth__ServiceKey", serviceKey)
    .WaitFor(api).WaitFor(bot);

await builder.Build().RunAsync();
