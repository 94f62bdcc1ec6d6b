using System.Text.Json;
using System.Text.Json.Serialization;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Contracts.Notifications;
using HealthAgent.Contracts.Users;

namespace HealthAgent.Contracts;

/// <summary>
/// The source-generated serializer of every wire contract, in the web defaults (camelCase, case-insensitive reading) that
/// the Api's minimal APIs use too.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MessageRequest))]
[JsonSerializable(typeof(ActionRequest))]
[JsonSerializable(typeof(CommandRequest))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ConversationRefusal))]
[JsonSerializable(typeof(NotificationRequest))]
[JsonSerializable(typeof(NotificationResult))]
[JsonSerializable(typeof(CreateUserRequest))]
public sealed partial class ContractsJsonContext : JsonSerializerContext;
