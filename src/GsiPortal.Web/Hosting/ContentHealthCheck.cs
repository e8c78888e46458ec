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
        var snapshot = store.Current;
        var data = new Dictionary<string, object>
        {
            ["contentVersion"] = snapshot.Library.Version,
            ["loadedAt"] = snapshot.LoadedAt.ToString("O"),
            ["documents"] = snapshot.Library.Documents.Count,
            ["commentaries"] = snapshot.Library.Commentaries.Count,
            ["indexedUnits"] = snapshot.Index.UnitCount,
        };
        var problems = store.Problems;
        if (problems.Count == 0) return Task.FromResult(HealthCheckResult.Healthy("Content loaded and indexed.", data));
        data["problems"] = problems.Select(p => p.ToString()).ToArray();
        return Task.FromResult(HealthCheckResult.Degraded($"The last edit is broken ({problems.Count} problem(s)); version {snapshot.Library.Version} stays in service.", data: data));
    }
}
