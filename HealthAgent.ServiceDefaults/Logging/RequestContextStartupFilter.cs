using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace HealthAgent.ServiceDefaults.Logging;

/// <summary>Puts <see cref="RequestContextMiddleware"/> first in every pipeline, so even the exception handler's lines carry the request id.</summary>
internal sealed class RequestContextStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<RequestContextMiddleware>();
        next(app);
    };
}
