using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Readiness: content loaded and indexed, with its version and counts. A broken edit that left the last good
/// content in service reports Degraded, with the problems, so an operator sees it without reading logs; a reload under
/// way is said with the time it began, and reported Degraded once it is slow.
/// </summary>
public sealed class ContentHealthCheck(ContentStore store, EditionArchiving archiving, GitHistoryImport history) : IHealthCheck
{
    /// <summary>A reload that has run this long is reported Degraded: the real content loads in about a second.</summary>
    public static readonly TimeSpan SlowReload = TimeSpan.FromSeconds(10);

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
            ["archive"] = ArchiveData(),
        };
        // Served all the same: an entry of the editors' subject index or readers' questions left out is theirs to fix, not a fault of the site.
        if (store.Warnings.Count > 0) data["warnings"] = store.Warnings.Select(w => w.ToString()).ToArray();
        // A reload under way is said, with when it began: the folder has changed and the edition in service is the
        // previous one until it ends. It is not a fault — until it takes longer than any reload should.
        var reloading = "";
        var slow = false;
        if (store.ReloadingSince is { } since)
        {
            var took = DateTimeOffset.UtcNow - since;
            data["reloadingSince"] = since.ToString("O");
            reloading = $" Reloading since {since:HH:mm:ss}Z ({took.TotalSeconds:0} s); version {edition.Version} serves meanwhile.";
            slow = took > SlowReload;
        }
        var problems = store.Problems;
        if (problems.Count == 0 && archiving.ArchivingProblem is { } notArchived)
            return Task.FromResult(HealthCheckResult.Degraded($"The current edition is served, but {notArchived}." + reloading, data: data));
        if (problems.Count == 0)
            return Task.FromResult(slow
                ? HealthCheckResult.Degraded("Content loaded and indexed." + reloading, data: data)
                : HealthCheckResult.Healthy("Content loaded and indexed." + reloading, data));
        data["problems"] = problems.Select(p => p.ToString()).ToArray();
        return Task.FromResult(HealthCheckResult.Degraded($"The last edit is broken ({problems.Count} problem(s)); version {edition.Version} stays in service." + reloading, data: data));
    }

    /// <summary>The archive's folder, size and editions, as read when the current edition was put in service, and its latest problem.</summary>
    private Dictionary<string, object?> ArchiveData()
    {
        var catalog = archiving.Catalog;
        return new Dictionary<string, object?>
        {
            ["folder"] = archiving.Archive.Folder,
            ["bytes"] = catalog.SizeBytes,
            ["files"] = catalog.BlobCount,
            ["editions"] = catalog.Editions.Count,
            ["earlierEditionsKept"] = archiving.Earlier.KeptCount,
            ["earlierEditionsKeptBytesEstimated"] = archiving.Earlier.KeptBytes,
            ["earlierEditionBuildsRefused"] = archiving.Earlier.Refused,
            ["gitHistory"] = new Dictionary<string, string> { ["state"] = history.State.Kind.ToString(), ["detail"] = history.State.Detail },
            ["problems"] = catalog.Problems.Select(p => p.Reason).Append(archiving.LastReadProblem?.Reason).Append(archiving.ArchivingProblem).OfType<string>().ToArray(),
        };
    }
}
