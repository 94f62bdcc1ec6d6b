using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthAgent.Bot.Api;

/// <summary>Source-generated JSON for the Api's conversation contract (camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(CreatedUser))]
[JsonSerializable(typeof(ConversationMessageRequest))]
[JsonSerializable(typeof(ConversationActionRequest))]
[JsonSerializable(typeof(ConversationCommandRequest))]
[JsonSerializable(typeof(ConversationResponse))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
