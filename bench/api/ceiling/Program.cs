// The ceiling the Api's figures are compared with: Kestrel answering a small JSON GET with nothing else in the way
// (no middleware, no authentication, no database), on the same machine and in the same run.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/ping", () => TypedResults.Json(new Pong("ok", DateTimeOffset.UtcNow), PongJson.Default.Pong));
app.Run();

internal sealed record Pong(string Status, DateTimeOffset At);

[System.Text.Json.Serialization.JsonSerializable(typeof(Pong))]
internal sealed partial class PongJson : System.Text.Json.Serialization.JsonSerializerContext;
