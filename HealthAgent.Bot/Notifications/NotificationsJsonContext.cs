using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthAgent.Bot.Notifications;

/// <summary>Source-generated JSON for the notifications endpoint (camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NotificationRequest))]
[JsonSerializable(typeof(NotificationResult))]
public sealed partial class NotificationsJsonContext : JsonSerializerContext;
