using System.Net;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Nutrition;

/// <summary>A FoodData Central stand-in over real HTTP, with bodies shaped like the real API's.</summary>
internal static class UsdaStub
{
    public const string BananaSearchJson = """
        {
          "totalHits": 2, "currentPage": 1, "totalPages": 1,
          "foodSearchCriteria": { "query": "banana", "dataType": ["Foundation", "SR Legacy", "Survey (FNDDS)"], "pageSize": 10 },
          "foods": [
            {
              "fdcId": 173944, "description": "Bananas, raw", "dataType": "SR Legacy", "publishedDate": "2019-04-01",
              "foodCategory": "Fruits and Fruit Juices", "score": 912.4,
              "foodNutrients": [
                { "nutrientId": 1003, "nutrientName": "Protein", "nutrientNumber": "203", "unitName": "G", "value": 1.09 },
                { "nutrientId": 1004, "nutrientName": "Total lipid (fat)", "nutrientNumber": "204", "unitName": "G", "value": 0.33 },
                { "nutrientId": 1005, "nutrientName": "Carbohydrate, by difference", "nutrientNumber": "205", "unitName": "G", "value": 22.84 },
                { "nutrientId": 1008, "nutrientName": "Energy", "nutrientNumber": "208", "unitName": "KCAL", "value": 89 },
                { "nutrientId": 1062, "nutrientName": "Energy", "nutrientNumber": "268", "unitName": "kJ", "value": 371 },
                { "nutrientId": 2000, "nutrientName": "Sugars, total including NLEA", "nutrientNumber": "269", "unitName": "G", "value": 12.23 },
                { "nutrientId": 1079, "nutrientName": "Fiber, total dietary", "nutrientNumber": "291", "unitName": "G", "value": 2.6 },
                { "nutrientId": 1093, "nutrientName": "Sodium, Na", "nutrientNumber": "307", "unitName": "MG", "value": 1 }
              ]
            },
            {
              "fdcId": 2345678, "description": "BANANA CHIPS", "dataType": "Branded", "brandOwner": "Snack Co.", "score": 650.1,
              "foodNutrients": [
                { "nutrientId": 1008, "nutrientName": "Energy", "nutrientNumber": "208", "unitName": "KCAL", "value": 519 }
              ]
            }
          ]
        }
        """;

    public const string BananaFoodJson = """
        {
          "fdcId": 173944, "description": "Bananas, raw", "dataType": "SR Legacy", "publicationDate": "4/1/2019",
          "foodNutrients": [
            { "type": "FoodNutrient", "id": 1, "nutrient": { "id": 1008, "number": "208", "name": "Energy", "rank": 300, "unitName": "kcal" }, "amount": 89 },
            { "type": "FoodNutrient", "id": 2, "nutrient": { "id": 1003, "number": "203", "name": "Protein", "rank": 600, "unitName": "g" }, "amount": 1.09 },
            { "type": "FoodNutrient", "id": 3, "nutrient": { "id": 1004, "number": "204", "name": "Total lipid (fat)", "rank": 800, "unitName": "g" }, "amount": 0.33 },
            { "type": "FoodNutrient", "id": 4, "nutrient": { "id": 1005, "number": "205", "name": "Carbohydrate, by difference", "rank": 1110, "unitName": "g" }, "amount": 22.84 },
            { "type": "FoodNutrient", "id": 5, "nutrient": { "id": 1079, "number": "291", "name": "Fiber, total dietary", "rank": 1200, "unitName": "g" }, "amount": 2.6 },
            { "type": "FoodNutrient", "id": 6, "nutrient": { "id": 2000, "number": "269", "name": "Sugars, total including NLEA", "rank": 1510, "unitName": "g" }, "amount": 12.23 },
            { "type": "FoodNutrient", "id": 7, "nutrient": { "id": 1093, "number": "307", "name": "Sodium, Na", "rank": 5800, "unitName": "mg" }, "amount": 1 }
          ],
          "foodPortions": [
            { "id": 1, "amount": 1, "modifier": "medium (7\" to 7-7/8\" long)", "gramWeight": 118, "sequenceNumber": 3 },
            { "id": 2, "amount": 1, "modifier": "cup, sliced", "gramWeight": 150, "sequenceNumber": 2 }
          ]
        }
        """;

    /// <summary>Adds a step that answers like FoodData Central: the banana search or the banana details.</summary>
    public static ScriptedResponses ThenBanana(this ScriptedResponses script) =>
        script.Then(async context =>
        {
            context.Response.StatusCode = (int)HttpStatusCode.OK;
            context.Response.ContentType = "application/json";
            var body = context.Request.Path.StartsWithSegments("/food", StringComparison.Ordinal) && !context.Request.Path.StartsWithSegments("/foods", StringComparison.Ordinal)
                ? BananaFoodJson
                : BananaSearchJson;
            await context.Response.WriteAsync(body);
        });

    public static Task<KestrelStub> StartAsync(ScriptedResponses script, List<string>? requests = null) =>
        KestrelStub.StartAsync(app => app.Map("/{**path}", (HttpContext context) =>
        {
            lock (requests ?? [])
            {
                requests?.Add(context.Request.Path + context.Request.QueryString);
            }

            return script.HandleAsync(context);
        }));
}
