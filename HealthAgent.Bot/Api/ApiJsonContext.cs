using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthAgent.Bot.Api;

/// <summary>Source-generated JSON for the part of the Api's user that the Bot reads (camelCase); the requests are in <c>ContractsJsonContext</c>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreatedUser))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
