using HealthAgent.Api.Validation;

namespace HealthAgent.Api.Apis;

/// <summary>Every <c>/api/v1</c> resource group, in one place so that Program.cs stays a table of contents.</summary>
public static class HealthAgentApis
{
    public static IEndpointRouteBuilder MapHealthAgentApis(this IEndpointRouteBuilder app) => app
        .MapGroup("")
        .AddEndpointFilterFactory(InputRulesFilter.Create)
        .MapUsersApi()
        .MapConversationsApi()
        .MapGoalsApi()
        .MapApiKeysApi()
        .MapFoodApi()
        .MapTrackingApi()
        .MapCustomTrackersApi()
        .MapGamificationApi()
        .MapPrivacyApi()
        .MapNutritionApi()
        .MapRemindersApi()
        .MapToolsApi()
        .MapChartsApi()
        .MapAdminToolsApi()
        .MapAdminPlansApi();
}
