namespace HealthAgent.Tests.Unit.Nutrition;

public sealed class FoodPhraseParserTests
{
    public static TheoryData<string, string, double> Phrases => new()
    {
        // Mass units.
        { "150g chicken breast", "chicken breast", 150 },
        { "150 g chicken breast", "chicken breast", 150 },
        { "200 grams of rice", "white rice", 200 },
        { "1 kg potatoes", "potato", 1000 },
        { "1,5 kg potatoes", "potato", 1500 },
        { "1.5kg potatoes", "potato", 1500 },
        { "0.5 kg ground beef", "ground beef", 500 },
        { "8 oz steak", "sirloin steak", 226.8 },
        { "4 oz salmon", "salmon", 113.4 },
        { "1 lb ground beef", "ground beef", 453.6 },
        { "2 lbs chicken breast", "chicken breast", 907.2 },
        { "100g almonds", "almonds", 100 },
        { "30 g oats", "oats", 30 },
        { "50g cheddar", "cheddar cheese", 50 },
        { "250 g greek yogurt", "greek yogurt", 250 },
        { "chicken breast 200g", "chicken breast", 200 },
        { "rice 150 g", "white rice", 150 },
        { "200 gr pasta", "pasta", 200 },
        { "½ kg apples", "apple", 500 },
        { "3 ounces tuna", "canned tuna", 85 },
        { "2 kilos of bananas", "banana", 2000 },
        { "40g dark chocolate", "dark chocolate", 40 },
        { "120 grams tofu", "tofu", 120 },
        { "16 oz milk", "milk", 453.6 },
        // Volumes, through the food's cup weight or density.
        { "200 ml milk", "milk", 206 },
        { "250ml orange juice", "orange juice", 260 },
        { "1 l water", "water", 1000 },
        { "0.5 liter milk", "milk", 515 },
        { "500 ml beer", "beer", 505 },
        { "330 ml cola", "cola", 343.2 },
        { "100 ml olive oil", "olive oil", 92 },
        { "a cup of rice", "white rice", 158 },
        { "1 cup rice", "white rice", 158 },
        { "2 cups of milk", "milk", 488 },
        { "1/2 cup oats", "oats", 40.5 },
        { "½ cup oats", "oats", 40.5 },
        { "1 1/2 cups pasta", "pasta", 210 },
        { "one and a half cups of rice", "white rice", 237 },
        { "1 cup blueberries", "blueberries", 148 },
        { "a cup of coffee", "coffee", 237 },
        { "a mug of tea", "tea", 237 },
        { "2 tbsp peanut butter", "peanut butter", 32 },
        { "1 tablespoon olive oil", "olive oil", 13.5 },
        { "1 tbsp honey", "honey", 21 },
        { "2 tsp sugar", "sugar", 8.4 },
        { "a teaspoon of salt", "salt", 6 },
        { "3 tablespoons of hummus", "hummus", 45 },
        { "1 tbsp butter", "butter", 14.2 },
        { "a glass of milk", "milk", 244 },
        { "a glass of wine", "red wine", 147 },
        { "2 glasses of water", "water", 480 },
        { "a can of coke", "cola", 368 },
        { "a can of tuna", "canned tuna", 165 },
        { "a bowl of oatmeal", "oatmeal", 234 },
        { "a bowl of rice", "white rice", 237 },
        { "a handful of almonds", "almonds", 28 },
        { "a handful of grapes", "grapes", 50 },
        { "1 scoop whey protein", "whey protein", 30 },
        { "1 cup of spinach", "spinach", 30 },
        { "2 tbsp soy sauce", "soy sauce", 32 },
        { "1 tsp cinnamon", "cinnamon", 2.6 },
        { "1 cup cooked quinoa", "quinoa", 185 },
        { "1/4 cup almonds", "almonds", 35.75 },
        { "¼ cup walnuts", "walnuts", 25 },
        { "¾ cup milk", "milk", 183 },
        { "2 1/2 cups of rice", "white rice", 395 },
        { "1.5 cups of milk", "milk", 366 },
        { "a bag of chips", "potato chips", 28 },
        { "3 tbsp of olive oil", "olive oil", 40.5 },
        { "half a cup of milk", "milk", 122 },
        { "a cup of chicken soup", "chicken noodle soup", 240 },
        { "a tablespoon of mayo", "mayonnaise", 13.8 },
        { "1 tbsp ketchup", "ketchup", 17 },
        { "a cup of strawberries", "strawberries", 152 },
        // Counts, through typical portion weights.
        { "2 eggs", "egg", 100 },
        { "an egg", "egg", 50 },
        { "a dozen eggs", "egg", 600 },
        { "half a dozen eggs", "egg", 300 },
        { "two eggs", "egg", 100 },
        { "2 x eggs", "egg", 100 },
        { "eggs x2", "egg", 100 },
        { "a couple of eggs", "egg", 100 },
        { "a banana", "banana", 118 },
        { "2 bananas", "banana", 236 },
        { "an apple", "apple", 182 },
        { "half an avocado", "avocado", 75 },
        { "1/2 avocado", "avocado", 75 },
        { "a whole avocado", "avocado", 150 },
        { "3 slices of bread", "white bread", 75 },
        { "three slices of bread", "white bread", 75 },
        { "2 slices whole wheat bread", "whole wheat bread", 64 },
        { "2 slices of toast", "toast", 44 },
        { "a slice of pizza", "pizza", 107 },
        { "2 slices of pizza", "pizza", 214 },
        { "3 slices bacon", "bacon", 24 },
        { "2 slices of cheese", "cheddar cheese", 56 },
        { "a slice of cake", "chocolate cake", 95 },
        { "one bagel", "bagel", 105 },
        { "two croissants", "croissant", 114 },
        { "three pancakes", "pancakes", 114 },
        { "a piece of salmon", "salmon", 154 },
        { "2 pieces of fried chicken", "fried chicken", 280 },
        { "6 chicken nuggets", "chicken nuggets", 96 },
        { "10 almonds", "almonds", 12 },
        { "12 grapes", "grapes", 60 },
        { "5 strawberries", "strawberries", 60 },
        { "four strawberries", "strawberries", 48 },
        { "2 carrots", "carrot", 122 },
        { "a tomato", "tomato", 123 },
        { "a baked potato", "baked potato", 173 },
        { "1 cucumber", "cucumber", 301 },
        { "2 kiwis", "kiwi", 138 },
        { "3 dates", "dates", 21 },
        { "a hard boiled egg", "hard boiled egg", 50 },
        { "2 boiled eggs", "hard boiled egg", 100 },
        { "2 fried eggs", "fried egg", 92 },
        { "a hamburger", "hamburger", 110 },
        { "1 cheeseburger", "cheeseburger", 119 },
        { "2 hot dogs", "hot dog", 196 },
        { "a burrito", "burrito", 200 },
        { "3 tacos", "taco", 234 },
        { "4 pieces of sushi", "sushi", 120 },
        { "a donut", "donut", 60 },
        { "2 cookies", "chocolate chip cookie", 32 },
        { "a brownie", "brownie", 56 },
        { "a muffin", "muffin", 113 },
        { "an english muffin", "english muffin", 57 },
        { "1 tortilla", "flour tortilla", 45 },
        { "2 corn tortillas", "corn tortilla", 52 },
        { "a pita", "pita bread", 60 },
        { "1 naan", "naan", 90 },
        { "2 sausages", "pork sausage", 50 },
        { "a pork chop", "pork chop", 145 },
        { "1 steak", "sirloin steak", 221 },
        { "one orange", "orange", 131 },
        { "2 tangerines", "tangerine", 176 },
        { "a peach", "peach", 150 },
        { "a pear", "pear", 178 },
        { "4 cherry tomatoes", "cherry tomatoes", 68 },
        { "2 celery sticks", "celery", 80 },
        { "1 onion", "onion", 110 },
        { "3 cloves garlic", "garlic", 9 },
        { "2 garlic cloves", "garlic", 6 },
        { "a granola bar", "granola bar", 28 },
        { "an oreo", "oreo", 11.3 },
        { "3 oreos", "oreo", 33.9 },
        { "a chicken thigh", "chicken thigh", 52 },
        { "4 chicken wings", "chicken wings", 136 },
        { "six chicken wings", "chicken wings", 204 },
        { "2 drumsticks", "chicken drumstick", 88 },
        { "a waffle", "waffles", 75 },
        { "10 shrimp", "shrimp", 60 },
        { "a slice of watermelon", "watermelon", 286 },
        { "2 slices of pineapple", "pineapple", 168 },
        { "a slice of cheesecake", "cheesecake", 80 },
        { "1 mango", "mango", 336 },
        { "2 apricots", "apricot", 70 },
        { "five almonds", "almonds", 6 },
        { "seven grapes", "grapes", 35 },
        { "eight almonds", "almonds", 9.6 },
        { "nine cherries", "cherries", 72 },
        { "ten grapes", "grapes", 50 },
        { "eleven almonds", "almonds", 13.2 },
        { "twelve almonds", "almonds", 14.4 },
        { "a few almonds", "almonds", 3.6 },
        { "a shot of espresso", "espresso", 30 },
        // Sizes.
        { "3 large eggs", "egg", 150 },
        { "2 small eggs", "egg", 76 },
        { "1 large egg", "egg", 50 },
        { "1 large banana", "banana", 136 },
        { "a small banana", "banana", 101 },
        { "a big banana", "banana", 136 },
        { "a medium apple", "apple", 182 },
        { "1 small apple", "apple", 149 },
        { "a large apple", "apple", 223 },
        { "1 large potato", "potato", 299 },
        { "2 medium potatoes", "potato", 426 },
        { "3 medium carrots", "carrot", 183 },
        { "a large steak", "sirloin steak", 300 },
        { "a medium fries", "french fries", 117 },
        { "large fries", "french fries", 154 },
        { "small fries", "french fries", 71 },
        { "a small latte", "latte", 240 },
        { "a large cappuccino", "cappuccino", 480 },
        { "a medium pizza", "pizza", 650 },
        // Servings, stated or assumed.
        { "a bowl of chili", "chili con carne", 256 },
        { "a plate of spaghetti bolognese", "spaghetti bolognese", 300 },
        { "a serving of lasagna", "lasagna", 250 },
        { "2 servings of pasta", "pasta", 280 },
        { "a portion of fries", "french fries", 117 },
        { "toast", "toast", 22 },
        { "rice", "white rice", 158 },
        { "coffee", "coffee", 237 },
        { "banana", "banana", 118 },
        { "some broccoli", "broccoli", 85 },
        { "oatmeal", "oatmeal", 234 },
        { "a latte", "latte", 360 },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parse_Phrase_FindsFoodAndGrams(string phrase, string expectedFood, double expectedGrams)
    {
        var parsed = NutritionTestData.Parser.Parse(phrase);

        parsed.Name.Should().Be(expectedFood, $"'{phrase}' names that food (parsed food words: '{parsed.FoodText}')");
        parsed.Grams.Should().NotBeNull($"'{phrase}' ({parsed.Quantity} {parsed.Unit}) has a computable weight");
        parsed.Grams!.Value.Should().BeApproximately(expectedGrams, 0.6, $"'{phrase}' is {parsed.Quantity} {parsed.Unit} of {parsed.Name}");
    }

    [Fact]
    public void Phrases_CoverAtLeast150Cases() => Phrases.Count().Should().BeGreaterThanOrEqualTo(150);

    [Theory]
    [InlineData("2 eggs", 2, "piece", true)]
    [InlineData("200 ml milk", 200, "ml", true)]
    [InlineData("a cup of rice", 1, "cup", true)]
    [InlineData("half an avocado", 0.5, "piece", true)]
    [InlineData("1 large banana", 1, "large", true)]
    [InlineData("3 slices of bread", 3, "slice", true)]
    [InlineData("toast", 1, "serving", false)]
    public void Parse_Phrase_ReportsQuantityAndUnit(string phrase, double quantity, string unit, bool given)
    {
        var parsed = NutritionTestData.Parser.Parse(phrase);

        parsed.Quantity.Should().Be(quantity);
        parsed.Unit.Should().Be(unit);
        parsed.QuantityGiven.Should().Be(given);
    }

    [Theory]
    [InlineData("a cup of rice", "rice")]
    [InlineData("3 slices of bread", "bread")]
    [InlineData("half an avocado", "avocado")]
    [InlineData("150g chicken breast", "chicken breast")]
    public void Parse_Phrase_NormalizesFoodWords(string phrase, string foodText) =>
        NutritionTestData.Parser.Parse(phrase).FoodText.Should().Be(foodText);

    [Fact]
    public void Parse_UnknownFoodInGrams_KeepsGramsWithoutMatch()
    {
        var parsed = NutritionTestData.Parser.Parse("120 g zzqxv");

        parsed.Match.Should().BeNull();
        parsed.Grams.Should().Be(120);
    }

    [Fact]
    public void Parse_UnknownFoodByCount_HasNoGrams() =>
        NutritionTestData.Parser.Parse("2 zzqxv").Grams.Should().BeNull("a count needs the food's portion weight");
}
