namespace HealthAgent.Core.Nutrition.Table;

/// <summary>The food groups of the embedded table; every group is represented.</summary>
public enum FoodCategory
{
    /// <summary>Fresh, dried and canned fruit.</summary>
    Fruit,

    /// <summary>Vegetables, raw and cooked.</summary>
    Vegetable,

    /// <summary>Milk, yogurt, cheese and cream.</summary>
    Dairy,

    /// <summary>Eggs and egg dishes.</summary>
    Egg,

    /// <summary>Beef, pork, lamb and processed meat.</summary>
    Meat,

    /// <summary>Chicken, turkey and other birds.</summary>
    Poultry,

    /// <summary>Fish and shellfish.</summary>
    Seafood,

    /// <summary>Rice, pasta, cereals and other grains.</summary>
    Grain,

    /// <summary>Bread, rolls, pastries and cakes.</summary>
    Bakery,

    /// <summary>Beans, lentils, peas and soy foods.</summary>
    Legume,

    /// <summary>Nuts, seeds and their butters.</summary>
    NutsSeeds,

    /// <summary>Oils, butter and other fats.</summary>
    FatsOils,

    /// <summary>Drinks, alcoholic ones included.</summary>
    Beverage,

    /// <summary>Chips, crackers, bars and other snacks.</summary>
    Snack,

    /// <summary>Sugar, sweets, chocolate and desserts.</summary>
    Sweet,

    /// <summary>Prepared dishes such as pizza, burgers and soups.</summary>
    Dish,

    /// <summary>Sauces, dressings, spreads and seasonings.</summary>
    Condiment,
}
