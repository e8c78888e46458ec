using System.Text.Json;
using GsiPortal.Core.Addresses;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GsiPortal.Web.Hosting;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (content loaded and indexed) for load balancers.</summary>
public static class PortalHealth
{
    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: ["ready"]);
        return services;
    }

    public static void MapPortalHealth(this IEndpointRouteBuilder app)
    {
        // GET (and HEAD, served as GET) only: a probe changes nothing, and any other method is 405 with Allow.
        app.MapHealthChecks(Routes.Liveness, new HealthCheckOptions { Predicate = _ => false }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapHealthChecks(Routes.Readiness, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteJson })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var entry = report.Entries.Values.FirstOrDefault();
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            description = entry.Description,
            content = entry.Data,
        }));
    }
}
