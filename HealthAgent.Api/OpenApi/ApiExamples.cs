using HealthAgent.Core.Plans;
using HealthAgent.Agent.Tools;
using HealthAgent.Contracts.Users;
using HealthAgent.Contracts.Conversations;
using System.Text.Json;
using HealthAgent.Api.Contracts;
using HealthAgent.Core.Auth;
using HealthAgent.Core.Food;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;

namespace HealthAgent.Api.OpenApi;

/// <summary>Realistic sample bodies shown in the OpenAPI document, one per request type and for the main responses.</summary>
public static class ApiExamples
{
    private static readonly Guid SampleUser = Guid.Parse("0193a6f2-5c1e-7b3a-9d4e-2f8a1c6b7e90");
    private static readonly DateTimeOffset SampleTime = new(2026, 11, 22, 7, 30, 0, TimeSpan.Zero);

    /// <summary>Samples by CLR type.</summary>
    public static readonly IReadOnlyDictionary<Type, object> ByType = new Dictionary<Type, object>
    {
        [typeof(CreateUserRequest)] = new CreateUserRequest(123456789, "Ada", "en"),
        [typeof(UpdateProfileRequest)] = new UpdateProfileRequest(null, "Europe/Berlin", null, Sex.Female, 1990, 168, ActivityLevel.Light, null),
        [typeof(SetGoalsRequest)] = new SetGoalsRequest(1900, 110, 220, 65, 2000, 62.5m, null),
        [typeof(CreateApiKeyRequest)] = new CreateApiKeyRequest("laptop"),
        [typeof(LogFoodRequest)] = new LogFoodRequest("2 eggs and a slice of toast", null, MealType.Breakfast, "2026-11-22T08:15", null, "tg-update-1001"),
        [typeof(FoodItemRequest)] = new FoodItemRequest("chicken salad", 1, "bowl", 350, 420, 38, 18, 21, 4, 6, 780, null, null, null),
        [typeof(UpdateFoodEntryRequest)] = new UpdateFoodEntryRequest(MealType.Lunch, SampleTime.AddHours(4), "with extra dressing"),
        [typeof(UpdateFoodItemRequest)] = new UpdateFoodItemRequest(null, 1.5m, null, 120, null),
        [typeof(SaveUsualMealRequest)] = new SaveUsualMealRequest(Guid.Parse("0193a6f3-0000-7000-8000-000000000001"), "usual breakfast"),
        [typeof(LogUsualMealRequest)] = new LogUsualMealRequest(MealType.Breakfast, null, "tg-update-1002"),
        [typeof(LogWeight)] = new LogWeight(81.4m, SampleTime),
        [typeof(LogSleep)] = new LogSleep(SampleTime.AddHours(-8.5), SampleTime, 7),
        [typeof(LogWater)] = new LogWater(500, SampleTime),
        [typeof(LogExercise)] = new LogExercise("running", 30, ExerciseIntensity.Moderate, null, SampleTime),
        [typeof(LogMood)] = new LogMood(7, "slept well", SampleTime),
        [typeof(DefineTracker)] = new DefineTracker("steps", [new CustomField("count", CustomFieldType.Number, "steps", 0, 100000)]),
        [typeof(LogCustomEntry)] = new LogCustomEntry(new Dictionary<string, JsonElement> { ["count"] = JsonSerializer.SerializeToElement(8500) }, SampleTime),
        [typeof(ReminderRequest)] = new ReminderRequest("Take vitamin D", ReminderKind.Medication, ReminderSchedule.DailyAt(new TimeOnly(9, 0)), null, true, 120),
        [typeof(ReminderSchedule)] = ReminderSchedule.DailyAt(new TimeOnly(9, 0)),
        [typeof(DailySummaryRequest)] = new DailySummaryRequest(true, new TimeOnly(21, 0)),
        [typeof(MessageRequest)] = new MessageRequest("I had 2 eggs and a banana for breakfast", null, "tg:123456789:1003"),
        [typeof(ActionRequest)] = new ActionRequest("photo:confirm:0193a6f6000070008000000000000004"),
        [typeof(CommandRequest)] = new CommandRequest("timezone", "Berlin"),
        [typeof(CreateToolRequest)] = new CreateToolRequest("protein_per_kg", "Protein eaten today per kg of body weight.",
            [new ToolParameter("body_weight_kg", "your weight in kg")], "Round([today_protein_g] / [body_weight_kg], 2)"),
        [typeof(UpdateToolRequest)] = new UpdateToolRequest(null, null, "Round([today_protein_g] / [weight_kg], 2)"),
        [typeof(RunToolRequest)] = new RunToolRequest(new Dictionary<string, double> { ["body_weight_kg"] = 64 }),
        [typeof(CreateInviteRequest)] = new CreateInviteRequest("basic", 10, SampleTime.AddDays(30), "beta testers"),
        [typeof(SetPlanRequest)] = new SetPlanRequest("premium"),
        [typeof(InviteView)] = new InviteView("HA-7K2M-QX9P", "basic", 10, 3, SampleTime.AddDays(30), "beta testers", SampleTime, false),
        [typeof(UserProfile)] = new UserProfile(SampleUser, 123456789, "Ada", "Europe/Berlin", "en", Sex.Female, 1990, 168, ActivityLevel.Light,
            OnboardingState.Completed, SampleTime.AddDays(-30), SampleTime, "basic", true),
        [typeof(GoalsView)] = new GoalsView(1900, 110, 220, 65, 2000, 62.5m, SampleTime),
        [typeof(CalorieSuggestion)] = new CalorieSuggestion(1520, 2020, []),
        [typeof(ApiKeyInfo)] = new ApiKeyInfo(Guid.Parse("0193a6f4-0000-7000-8000-000000000002"), "laptop", "3f9c2a7b1d4e", SampleTime, SampleTime, null),
        [typeof(FoodItemView)] = new FoodItemView(Guid.Parse("0193a6f5-0000-7000-8000-000000000003"), "egg", 2, "piece", 100,
            new Nutrients(143, 12.6m, 0.7m, 9.5m, 0, 0.4m, 142), NutritionSource.Table, 0.95m, 171287),
        [typeof(Nutrients)] = new Nutrients(231, 15.8m, 17, 10.6m, 1.2m, 2.1m, 330),
    };
}
