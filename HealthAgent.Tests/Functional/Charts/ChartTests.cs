using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;
using SkiaSharp;

namespace HealthAgent.Tests.Functional.Charts;

/// <summary>Charts drawn server-side with ScottPlot: over REST as PNG, and in chat as the reply's photo with a caption of the figures.</summary>
public sealed class ChartTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Theory]
    [InlineData("calories")]
    [InlineData("macros")]
    [InlineData("weight")]
    [InlineData("sleep")]
    [InlineData("water")]
    public async Task EveryChart_IsAPng_OfTheDocumentedSize_WithItsFiguresInTheCaption(string kind)
    {
        var ada = await host.CreateUserAsync();
        await LogADayAsync(ada);

        var response = await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/charts/{kind}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        var png = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).Should().Be((800, 500));
        Colours(bitmap).Should().BeGreaterThan(3, "a chart has bars or lines, not a blank canvas");
        Uri.UnescapeDataString(response.Headers.GetValues("X-Chart-Caption").Single()).Should().MatchRegex(kind switch
        {
            "calories" => @"^Calories this week: \d+ kcal a day on average over 1 logged day\(s\), goal 1,900 kcal",
            "macros" => @"^Macros this week, a day on average: protein \d+ g",
            "weight" => @"^Weight: 64\.2 kg now, 0 kg over 1 weigh-in\(s\) in 30 days",
            "sleep" => @"^Sleep: \d\.\d h a night on average over 1 logged night\(s\)\.",
            _ => @"^Water: 500 ml a day on the 1 day\(s\) you logged, goal 2,000 ml\.",
        });
    }

    [Fact]
    public async Task AnUnknownChart_Is400NamingIt()
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/charts/happiness");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("kind");
    }

    [Fact]
    public async Task InChat_AChartArrivesAsTheReplysPhoto_FromWordsAndFromWeek()
    {
        var ada = await host.CreateUserAsync();
        await LogADayAsync(ada);
        var chat = new ConversationClient(ada);

        var weight = await chat.SayAsync("show my weight chart");
        var sleep = await chat.SayAsync("graph of my sleep");
        var week = await (await chat.CommandAsync("week")).Content.ReadFromJsonAsync<JsonElement>();

        ConversationClient.Text(weight).Should().StartWith("Weight: 64.2 kg now");
        Image(weight).Should().NotBeNull();
        ConversationClient.Text(sleep).Should().StartWith("Sleep:");
        ConversationClient.Text(week).Should().Contain("Calories this week:");
        using var bitmap = SKBitmap.Decode(Image(week));
        bitmap.Width.Should().Be(800);
    }

    private static byte[]? Image(JsonElement response) =>
        response.GetProperty("reply").GetProperty("image") is { ValueKind: JsonValueKind.Object } image
            ? Convert.FromBase64String(image.GetProperty("base64").GetString()!)
            : null;

    private static int Colours(SKBitmap bitmap)
    {
        var seen = new HashSet<SKColor>();
        for (var x = 0; x < bitmap.Width; x += 7)
        {
            for (var y = 0; y < bitmap.Height; y += 7)
            {
                seen.Add(bitmap.GetPixel(x, y));
            }
        }
        return seen.Count;
    }

    private static async Task LogADayAsync(TestUser user)
    {
        var u = $"/api/v1/users/{user.Id}";
        (await user.Client.PatchAsJsonAsync($"{u}/goals", new { dailyKcal = 1900, waterMl = 2000, targetWeightKg = 60 })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync($"{u}/food/entries", new
        {
            meal = "lunch", items = new[] { new { name = "chicken", quantity = 1, unit = "plate", grams = 300, kcal = 500, proteinG = 90, carbsG = 10, fatG = 12 } },
        })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync($"{u}/tracking/weight", new { weightKg = 64.2 })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync($"{u}/tracking/water", new { amountMl = 500 })).EnsureSuccessStatusCode();
        var wake = DateTimeOffset.UtcNow.AddMinutes(-5);
        (await user.Client.PostAsJsonAsync($"{u}/tracking/sleep", new { bedtime = wake.AddHours(-7.5), wakeTime = wake, quality = 7 })).EnsureSuccessStatusCode();
    }
}
