using HealthAgent.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealthAgent.ServiceDefaults.Logging;

/// <summary>
/// Puts the request id, the security headers and, outside Development, HSTS and HTTPS redirection first in every
/// service's pipeline, so even the exception handler's responses and lines have them.
/// </summary>
internal sealed class RequestContextStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            // Both do nothing for plain-HTTP hops that have no HTTPS port configured (TLS ending at the ingress).
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        next(app);
    };
}
