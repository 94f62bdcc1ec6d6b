namespace HealthAgent.Tests.Unit.Nutrition;

public sealed class MealSentenceSplitterTests
{
    [Theory]
    [InlineData("2 eggs and toast", new[] { "2 eggs", "toast" })]
    [InlineData("chicken, rice and broccoli", new[] { "chicken", "rice", "broccoli" })]
    [InlineData("coffee with milk", new[] { "coffee", "milk" })]
    [InlineData("I had 2 eggs and toast for breakfast", new[] { "2 eggs", "toast" })]
    [InlineData("ate a banana", new[] { "a banana" })]
    [InlineData("For lunch I had a burger and fries", new[] { "a burger", "fries" })]
    [InlineData("I just ate 150g chicken breast with rice for dinner", new[] { "150g chicken breast", "rice" })]
    [InlineData("Breakfast: oatmeal, blueberries & a coffee", new[] { "oatmeal", "blueberries", "a coffee" })]
    [InlineData("I'm eating mac and cheese", new[] { "mac and cheese" })]
    [InlineData("fish and chips plus a beer", new[] { "fish and chips", "a beer" })]
    [InlineData("one and a half cups of rice and beans", new[] { "one and a half cups of rice", "beans" })]
    [InlineData("I had a peanut butter and jelly sandwich this morning", new[] { "a peanut butter and jelly sandwich" })]
    [InlineData("2 slices of pizza; a coke\nand an apple", new[] { "2 slices of pizza", "a coke", "an apple" })]
    [InlineData("had some yogurt with granola and honey as a snack", new[] { "yogurt", "granola", "honey" })]
    public void Split_Sentence_ReturnsFoodPhrases(string sentence, string[] expected) =>
        NutritionTestData.Splitter.Split(sentence).Should().Equal(expected);

    [Theory]
    [InlineData("")]
    [InlineData("I had")]
    [InlineData("for breakfast")]
    public void Split_NoFood_ReturnsNothing(string sentence) => NutritionTestData.Splitter.Split(sentence).Should().BeEmpty();
}
