using Polly.CircuitBreaker;
using System.Diagnostics;
using System.Net;
using HealthAgent.Core.Nutrition;
using HealthAgent.Core.Nutrition.Usda;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Nutrition;

public sealed class UsdaFallbackTests
{
    [Fact]
    public async Task Lookup_WithApiKey_UsesUsdaFiguresAndPrefersGenericFoods()
    {
        var requests = new List<string>();
        var script = new ScriptedResponses().ThenBanana();
        await using var stub = await UsdaStub.StartAsync(script, requests);
        await using var services = NutritionHost.Create(stub.BaseAddress);

        var result = await services.Nutrition().LookupAsync("Bananas");

        result.Source.Should().Be(NutritionSources.Usda);
        result.FdcId.Should().Be(173944, "the SR Legacy food beats the branded chips");
        result.Per100g!.Kcal.Should().Be(89);
        result.Per100g.SodiumMg.Should().Be(1);
        result.Degraded.Should().BeFalse();
        result.UnavailableSources.Should().BeEmpty();
        requests.Should().ContainSingle().Which.Should()
            .StartWith("/foods/search?query=banana").And.Contain("api_key=test-key").And.Contain("dataType=Foundation%2CSR%20Legacy").And.Contain("pageSize=10");
    }

    [Fact]
    public async Task GetFood_ReadsDetailsAndNutrients()
    {
        var requests = new List<string>();
        var script = new ScriptedResponses().ThenBanana();
        await using var stub = await UsdaStub.StartAsync(script, requests);
        await using var services = NutritionHost.Create(stub.BaseAddress);

        var food = await services.GetRequiredService<UsdaClient>().GetFoodAsync(173944);

        food!.Description.Should().Be("Bananas, raw");
        food.FoodPortions.Should().Contain(p => p.GramWeight == 118);
        UsdaNutrientReader.Read(food).Should().Be(new NutrientProfile(89, 1.09, 22.84, 0.33, 2.6, 12.23, 1));
        requests.Should().ContainSingle().Which.Should().Be("/food/173944?api_key=test-key");
    }

    [Fact]
    public async Task Lookup_WhenUsdaAnswers500_FallsBackToTableAndSaysDegraded()
    {
        var script = new ScriptedResponses().Then(HttpStatusCode.InternalServerError);
        await using var stub = await UsdaStub.StartAsync(script);
        await using var services = NutritionHost.Create(stub.BaseAddress);

        var result = await services.Nutrition().LookupAsync("banana");

        result.Source.Should().Be(NutritionSources.Table);
        result.FoodName.Should().Be("banana");
        result.Per100g!.Kcal.Should().Be(89);
        result.Degraded.Should().BeTrue();
        result.UnavailableSources.Should().Equal("usda");
        script.CallCount.Should().Be(1);
    }

    [Fact]
    public async Task Lookup_WhenUsdaHangs_TimesOutAndFallsBackToTable()
    {
        var script = new ScriptedResponses().ThenDelay(TimeSpan.FromSeconds(10));
        await using var stub = await UsdaStub.StartAsync(script);
        await using var services = NutritionHost.Create(stub.BaseAddress);
        var clock = Stopwatch.StartNew();

        var result = await services.Nutrition().LookupAsync("apple");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3), "the attempt timeout is 300 ms");
        result.Source.Should().Be(NutritionSources.Table);
        result.Degraded.Should().BeTrue();
        result.UnavailableSources.Should().Equal("usda");
    }

    [Fact]
    public async Task Lookup_AfterFiveConsecutiveFailures_OpensBreakerThenRecoversAfterBreak()
    {
        var time = new FakeTimeProvider();
        var script = new ScriptedResponses();
        for (var failure = 0; failure < 5; failure++)
        {
            script.Then(HttpStatusCode.ServiceUnavailable);
        }

        script.ThenBanana();
        await using var stub = await UsdaStub.StartAsync(script);
        await using var services = NutritionHost.Create(stub.BaseAddress, timeProvider: time);
        var nutrition = services.Nutrition();

        for (var call = 0; call < 5; call++)
        {
            (await nutrition.LookupAsync("banana")).Degraded.Should().BeTrue();
        }

        services.UsdaBreaker().Should().Be(CircuitState.Open, "five consecutive failures open the circuit");
        var whileOpen = await nutrition.LookupAsync("banana");
        script.CallCount.Should().Be(5, "an open circuit answers from the table without calling USDA");
        whileOpen.Source.Should().Be(NutritionSources.Table);
        whileOpen.Per100g!.Kcal.Should().Be(89);
        whileOpen.Degraded.Should().BeTrue();
        whileOpen.UnavailableSources.Should().Equal("usda");

        time.Advance(TimeSpan.FromSeconds(29));
        (await nutrition.LookupAsync("banana")).Source.Should().Be(NutritionSources.Table, "the break lasts 30 s");
        script.CallCount.Should().Be(5);

        time.Advance(TimeSpan.FromSeconds(1));
        services.UsdaBreaker().Should().Be(CircuitState.HalfOpen);
        var recovered = await nutrition.LookupAsync("banana");

        recovered.Source.Should().Be(NutritionSources.Usda, "the half-open trial call succeeded");
        recovered.Degraded.Should().BeFalse();
        script.CallCount.Should().Be(6);
        services.UsdaBreaker().Should().Be(CircuitState.Closed);
    }

    [Fact]
    public async Task Lookup_WithoutApiKey_UsesTableAndNeverCallsUsda()
    {
        var script = new ScriptedResponses().ThenBanana();
        await using var stub = await UsdaStub.StartAsync(script);
        await using var services = NutritionHost.Create(stub.BaseAddress, apiKey: null);

        var result = await services.Nutrition().LookupAsync("chiken breast");

        result.Source.Should().Be(NutritionSources.Table);
        result.FoodName.Should().Be("chicken breast");
        result.Confidence.Should().BeInRange(0.6, 0.95);
        result.Degraded.Should().BeFalse("USDA is not configured, so nothing is missing");
        script.CallCount.Should().Be(0);
    }

    [Fact]
    public async Task Lookup_UnknownFood_IsNotFound()
    {
        await using var services = NutritionHost.Create(null, apiKey: null);

        var result = await services.Nutrition().LookupAsync("zzqxv");

        result.Found.Should().BeFalse();
        result.Source.Should().Be(NutritionSources.None);
        result.Per100g.Should().BeNull();
    }

    [Fact]
    public async Task Estimate_Meal_ListsItemsWithFiguresAndWhatWasNotUnderstood()
    {
        await using var services = NutritionHost.Create(null, apiKey: null);

        var meal = await services.Nutrition().EstimateAsync("I had 2 eggs, toast and some zzqxv for breakfast");

        meal.Items.Select(i => i.Name).Should().Equal("egg", "toast");
        var eggs = meal.Items[0];
        eggs.Quantity.Should().Be(2);
        eggs.Unit.Should().Be("piece");
        eggs.Grams.Should().Be(100);
        eggs.Kcal.Should().Be(143);
        eggs.Protein.Should().BeApproximately(12.56, 0.01);
        eggs.Source.Should().Be(NutritionSources.Table);
        eggs.FdcId.Should().Be(171287);
        meal.Items[1].Grams.Should().Be(22, "one slice of toast is assumed when no amount is given");
        meal.Items[1].Confidence.Should().BeLessThan(eggs.Confidence);
        meal.Unrecognized.Should().Equal("zzqxv");
        meal.Totals.Kcal.Should().BeApproximately(143 + 64.5, 0.2);
        meal.Degraded.Should().BeFalse();
    }

    [Fact]
    public async Task Estimate_KnownFoodWithoutPortionWeight_UsesGenericPortionAndSaysEstimate()
    {
        await using var services = NutritionHost.Create(null, apiKey: null);

        var meal = await services.Nutrition().EstimateAsync("2 slices of chicken breast");

        var item = meal.Items.Should().ContainSingle().Subject;
        item.Source.Should().Be(NutritionSources.Estimate);
        item.Grams.Should().Be(60);
    }

    [Fact]
    public async Task Estimate_WhenUsdaIsDown_ReportsDegradedWithTableFigures()
    {
        var script = new ScriptedResponses().Then(HttpStatusCode.BadGateway);
        await using var stub = await UsdaStub.StartAsync(script);
        await using var services = NutritionHost.Create(stub.BaseAddress);

        var meal = await services.Nutrition().EstimateAsync("200 ml milk and a banana");

        meal.Items.Select(i => (i.Name, i.Grams, i.Source)).Should().Equal(("milk", 206.0, "table"), ("banana", 118.0, "table"));
        meal.Degraded.Should().BeTrue();
        meal.UnavailableSources.Should().Equal("usda");
    }
}
