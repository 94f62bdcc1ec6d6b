using System.Text.RegularExpressions;

namespace HealthAgent.Agent.Offline.Spanish;

/// <summary>The Spanish patterns, over text in lower case without accents.</summary>
public sealed partial class SpanishIntents
{
    private const string Number = @"\d+(?:[.,]\d+)?";

    [GeneratedRegex(@"^(?:ayuda|help|que puedes hacer|que sabes hacer|como funciona(?:s)?|comandos)$")]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^(?:hola|buenas|buenos dias|buenas tardes|buenas noches|hey|que tal)(?: coach)?$")]
    private static partial Regex GreetingPattern();

    [GeneratedRegex(@"^(?:(?:muchas |mil )?gracias|genial,? gracias|vale,? gracias|perfecto,? gracias)$")]
    private static partial Regex ThanksPattern();

    [GeneratedRegex(@"^(?:que (?:sabes|recuerdas) (?:de|sobre) mi|que sabes de mi|que recuerdas)$")]
    private static partial Regex RecallPattern();

    [GeneratedRegex(@"^(?:olvida|olvidate de) (?:que )?(?<q>.{2,200})$")]
    private static partial Regex ForgetPattern();

    [GeneratedRegex(@"^(?:recuerda|acuerdate de|no olvides|apunta) (?:que )?(?<q>.{2,500})$")]
    private static partial Regex RememberPattern();

    // "soy alérgico a los cacahuetes", "soy vegetariana", "no como carne"
    [GeneratedRegex(@"^(?:soy (?:alergic[oa] a .{2,80}|vegetarian[oa]|vegan[oa]|celiac[oa]|diabetic[oa]|intolerante a .{2,80})|tengo (?:alergia|intolerancia) a .{2,80}|no (?:como|puedo comer|tomo) .{2,80})$")]
    private static partial Regex StatedFactPattern();

    [GeneratedRegex(@"^(?:vivo en|estoy en|me he mudado a|me mude a|mi zona horaria es|zona horaria:?|cambia mi zona horaria a)\s+(?<place>\p{L}[\p{L}_ /\-.']{1,60})$")]
    private static partial Regex SetTimeZonePattern();

    [GeneratedRegex(@"^(?:mis objetivos|mis metas|cuales son mis objetivos|ver (?:mis )?objetivos|objetivos)$")]
    private static partial Regex ShowGoalsPattern();

    // "mi objetivo de calorías es 2000", "pon mi meta en 1800 kcal", "quiero comer 2000 calorias al dia"
    [GeneratedRegex(@"^(?:(?:mi |pon mi |cambia mi )?(?:objetivo|meta)(?: diario| diaria)?(?: de (?:calorias|kcal))? (?:es |en |a |de )?(?<n>\d{3,5})(?: ?(?:kcal|calorias))?(?: al dia| diarias)?|quiero (?:comer|tomar) (?<n>\d{3,5}) ?(?:kcal|calorias)(?: al dia| diarias)?)$")]
    private static partial Regex KcalGoalPattern();

    [GeneratedRegex(@"^(?:(?:hoy |mi )?peso(?: es| hoy)?|me he pesado|me pese|pese)(?:,|:)? ?(?<n>" + Number + @") ?(?<unit>kg|kilos?|lb|libras)?$")]
    private static partial Regex WeightPattern();

    // "dormí 7 horas", "anoche dormí mal, unas 5 horas", "he dormido 7h30"
    [GeneratedRegex(@"^(?:anoche |hoy )?(?:dormi|he dormido|duermo)(?: (?<how>muy mal|muy bien|mal|bien|fatal|genial|poco|de maravilla))?,? (?:(?:unas|como|casi|solo|quizas|tal vez|mas o menos) )?(?<h>\d{1,2}(?:[.,]\d+)?) ?(?:h|horas?)(?: ?(?:y )?(?<m>\d{1,2}) ?(?:m|min|minutos)?)?$")]
    private static partial Regex SleepPattern();

    // "bebí 500 ml de agua", "2 vasos de agua", "agua 1 litro"
    [GeneratedRegex(@"^(?:(?:he bebido|bebi|tome|me tome) )?(?<n>" + Number + @"|un|una|dos|tres|cuatro|cinco|medio|media)? ?(?<unit>ml|l|litros?|vasos?|tazas?|botellas?) de agua$|^agua:? (?<n>" + Number + @") ?(?<unit>ml|l|litros?|vasos?)$")]
    private static partial Regex WaterPattern();

    // "corrí 30 minutos", "he caminado una hora", "corrí 5 km en 28 minutos"
    [GeneratedRegex(@"^(?:hoy )?(?<act>corri|he corrido|camine|he caminado|pasee|nade|he nadado|fui en bici|monte en bici|hice yoga|he hecho yoga|hice pesas|fui al gimnasio|entrene|he entrenado)(?: \d+(?:[.,]\d+)? ?(?:km|kilometros|k|m|metros) en)? (?<n>" + Number + @") ?(?<unit>min|minutos|h|horas?)$")]
    private static partial Regex ExercisePattern();

    // "ánimo 7", "estado de ánimo 4/10", "estresada hoy, ánimo 4/10"
    [GeneratedRegex(@"(?:^|[,;] ?)(?:mi )?(?:animo|estado de animo|humor)(?: es| hoy)?:? (?<n>\d{1,2})(?: ?/ ?10| de 10)?$")]
    private static partial Regex MoodScorePattern();

    [GeneratedRegex(@"^(?:hoy )?(?:me siento|estoy|me encuentro) (?:muy |bastante |un poco |algo )?(?<word>genial|feliz|fenomenal|content[oa]|bien|normal|regular|cansad[oa]|estresad[oa]|triste|ansios[oa]|agobiad[oa]|mal|fatal|horrible)(?: hoy)?$")]
    private static partial Regex MoodWordPattern();

    // "¿qué ceno?", "sugiéreme una cena sana", "ideas para el desayuno", "¿qué como?"
    [GeneratedRegex(@"^que (?:(?<meal>ceno|desayuno)|(?:puedo |deberia )?(?:comer|como|cenar|desayunar)(?: (?:para|en) (?:el |la )?(?<meal>desayuno|almuerzo|comida|cena|merienda))?)(?: hoy| esta noche)?$" +
        @"|^(?:me )?(?:sugieres|sugiereme|recomiendame|recomiendas|dame) (?:una |un |algo (?:para|de) (?:el |la )?)?(?:idea (?:para|de) (?:el |la )?)?(?<meal>desayuno|almuerzo|comida|cena|merienda)?(?: (?:sana|sano|ligera|ligero|saludable))?$" +
        @"|^ideas? (?:para|de) (?:el |la )?(?<meal>desayuno|almuerzo|comida|cena|merienda)(?: (?:sana|sanas|saludables?|ligeras?))?$")]
    private static partial Regex MealIdeaPattern();

    [GeneratedRegex(@"^(?:como (?:voy|lo llevo|va mi semana) esta semana|como va (?:mi|la) semana|resumen (?:de la semana|semanal|de esta semana)|mi semana)$")]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^(?:cuantas calorias (?:llevo|he comido|comi|tengo)(?: (?<when>hoy|ayer))?|cuantas calorias (?<when>hoy|ayer)|cuanta (?<what>proteina|grasa) (?:llevo |he comido |comi )?(?<when>hoy|ayer)|cuantos (?<what>carbohidratos) (?:llevo |he comido |comi )?(?<when>hoy|ayer)|resumen de (?<when>hoy|ayer)|que (?:he comido|comi) (?<when>hoy|ayer)|como voy hoy)$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?:cual es |como va |ver )?(?:mi |mis )(?<what>racha|logros|medallas|nivel|puntos|xp)$|^cuant(?:os|a) (?<what>puntos|xp) tengo$")]
    private static partial Regex ProgressPattern();

    [GeneratedRegex(@"^(?:borra|elimina|quita|deshaz|deshacer)(?: lo ultimo| la ultima(?: comida| entrada)?| el ultimo(?: registro)?| eso)?$")]
    private static partial Regex DeleteLastPattern();

    [GeneratedRegex(@"^(?:borra|elimina|quita) (?:el |la |los |las |mi )(?<food>[a-z][a-z ]{1,40})$")]
    private static partial Regex DeleteFoodPattern();

    [GeneratedRegex(@"^(?:hoy |esta manana |anoche |ya )?(?<verb>he desayunado|he almorzado|he cenado|he merendado|desayune|almorce|cene|merende|he comido|me he comido|comi|me comi|he tomado|tome|me tome)(?: (?:de )?(?:desayuno|almuerzo|comida|cena|merienda))?:? ")]
    private static partial Regex LeadVerbPattern();

    [GeneratedRegex(@"^(?:para |en |de )?(?:el |la )?(?<meal>desayuno|almuerzo|comida|cena|merienda|tentempie|snack)(?: de hoy)?:? ")]
    private static partial Regex MealPrefixPattern();

    [GeneratedRegex(@" (?:para|en|de|como) (?:el |la )?(?<meal>desayuno|almuerzo|comida|cena|merienda|tentempie|snack)(?: de hoy)?$")]
    private static partial Regex MealSuffixPattern();
}
