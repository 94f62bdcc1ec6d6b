using HealthAgent.AppHost.Hosting;
using HealthAgent.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);
var settings = AppHostSettings.From(builder);

var db = builder.AddHealthDatabase(settings);
var redis = builder.AddCache(settings);
var serviceKey = builder.AddServiceKey(settings);

var api = builder.AddHealthAgentService<Projects.HealthAgent_Api>(ResourceNames.Api, settings, serviceKey)
    .WithReference(db).WithReference(redis)
    .WaitFor(db).WaitFor(redis);

var bot = builder.AddHealthAgentService<Projects.HealthAgent_Bot>(ResourceNames.Bot, settings, serviceKey)
    .WithReference(redis).WithReference(api)
    .WaitFor(api);

builder.AddHealthAgentService<Projects.HealthAgent_Worker>(ResourceNames.Worker, settings, serviceKey)
    .WithReference(db).WithReference(redis).WithReference(bot)
    .WaitFor(api).WaitFor(bot);

builder.Build().Run();

/// <summary>Internal, so that the tests (which reference both) see one <c>Program</c>: the Api's.</summary>
internal partial class Program;
