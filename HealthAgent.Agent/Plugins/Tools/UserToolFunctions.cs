using System.Globalization;
using System.Text.Json;
using HealthAgent.Agent.Tools;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Tools;

/// <summary>
/// The <c>my_tools</c> plugin of an LLM turn: each of the user's runnable tools (approved, not disabled) as an ordinary
/// function of its own, <c>my_tools_{name}</c>, with one number parameter per input. Built per turn for this user
/// only; a call runs through <see cref="UserToolService"/>, with the sandbox, limits and audit of any other run.
/// </summary>
public static class UserToolFunctions
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "my_tools";

    /// <summary>The plugin of <paramref name="runnable"/>, or null when there are none.</summary>
    public static KernelPlugin? Create(ToolContext user, IReadOnlyList<ToolView> runnable, UserToolService tools, ILoggerFactory loggers)
    {
        if (runnable.Count == 0)
        {
            return null;
        }
        var functions = runnable.Select(tool => KernelFunctionFactory.CreateFromMethod(
            (KernelArguments arguments, CancellationToken cancellationToken) =>
                tools.RunAsync(user.UserId, tool.Id, Inputs(tool, arguments), null, cancellationToken),
            new KernelFunctionFromMethodOptions
            {
                FunctionName = tool.Name,
                Description = $"The user's own tool: {tool.Description}",
                Parameters = [.. tool.Parameters.Select(p => new KernelParameterMetadata(p.Name)
                {
                    Description = p.Description, ParameterType = typeof(double), IsRequired = true,
                    Schema = KernelJsonSchema.Parse("""{"type":"number"}"""),
                })],
                ReturnParameter = new KernelReturnParameterMetadata { ParameterType = typeof(ToolRunResult) },
                LoggerFactory = loggers,
            }));
        return KernelPluginFactory.CreateFromFunctions(Name, functions);
    }

    // The model's arguments arrive as JSON numbers or strings; anything else is passed on as not-a-number, which the run refuses with the input's name.
    private static Dictionary<string, double> Inputs(ToolView tool, KernelArguments arguments) =>
        tool.Parameters.Where(p => arguments.ContainsName(p.Name)).ToDictionary(p => p.Name, p => arguments[p.Name] switch
        {
            double d => d,
            int or long or float or decimal => Convert.ToDouble(arguments[p.Name], CultureInfo.InvariantCulture),
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
            JsonElement { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
            _ => double.NaN,
        }, StringComparer.Ordinal);
}
