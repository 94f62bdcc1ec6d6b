using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthAgent.Bot.Api;

/// <summary>Source-generated JSON for the Api's user endpoint (camelCase); the conversation contracts are in <c>ContractsJsonContext</c>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(CreatedUser))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
