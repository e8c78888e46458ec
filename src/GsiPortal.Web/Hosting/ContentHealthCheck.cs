using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Readiness: content loaded and indexed, with its version and counts. A broken edit that left the last good
/// content in service reports Degraded, with the problems, so an operator sees it without reading logs.
/// </summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.InService is not { } edition)
            return Task.FromResult(HealthCheckResult.Unhealthy("The first content version is still being loaded."));
        var data = new Dictionary<string, object>
        {
            ["contentVersion"] = edition.Version,
            ["loadedAt"] = edition.BuiltAt.ToString("O"),
            ["documents"] = edition.Library.Documents.Count,
            ["commentaries"] = edition.Library.Commentaries.Count,
            ["indexedUnits"] = edition.Search.UnitCount,
        };
        var problems = store.Problems;
        if (problems.Count == 0) return Task.FromResult(HealthCheckResult.Healthy("Content loaded and indexed.", data));
        data["problems"] = problems.Select(p => p.ToString()).ToArray();
        return Task.FromResult(HealthCheckResult.Degraded($"The last edit is broken ({problems.Count} problem(s)); version {edition.Version} stays in service.", data: data));
    }
}
