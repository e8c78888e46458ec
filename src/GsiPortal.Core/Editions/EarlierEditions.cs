using System.Collections.Concurrent;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Editions;

/// <summary>
/// Earlier editions, built from the archive when first asked for and kept, a few at a time: the one used longest ago
/// is let go when another is built (released once its last reader is done), so memory stays bounded however many
/// editions exist. Builds run one at a time on a thread of their own; a request waits for one, never does it.
/// </summary>
public sealed class EarlierEditions(EditionArchive archive, int capacity) : IDisposable
{
    /// <summary>How long a failure is remembered before the archive is read again (an operator may restore a file).</summary>
    private static readonly TimeSpan FailureKept = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly LinkedList<Edition> kept = new(); // most recently used first
    private readonly ConcurrentDictionary<string, Task<Outcome>> building = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim oneBuild = new(1, 1);

    /// <summary>What asking for an edition gives: a hold on it, or the problem.</summary>
    public sealed record Outcome(Edition? Edition, ArchiveProblem? Problem);

    /// <summary>How many earlier editions are held now (for health and the memory measurement).</summary>
    public int KeptCount { get { lock (gate) return kept.Count; } }

    /// <summary>How many are kept at most.</summary>
    public int Capacity { get; } = Math.Max(1, capacity);

    /// <summary>A hold on the archived edition, building it first if it is not kept; or why it cannot be served.</summary>
    public async Task<(EditionLease? Lease, ArchiveProblem? Problem)> LeaseAsync(ArchivedEdition edition, CancellationToken cancellation)
    {
        while (true)
        {
            if (TryLeaseKept(edition.Id) is { } lease) return (lease, null);
            var task = building.GetOrAdd(edition.Id, _ => Task.Factory.StartNew(() => Build(edition), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap());
            var outcome = await task.WaitAsync(cancellation);
            if (outcome.Problem is not null) return (null, outcome.Problem);
            // Built (and kept): take a hold; if it was let go in between, which a burst of other editions can do, ask again.
        }
    }

    private EditionLease? TryLeaseKept(string id)
    {
        lock (gate)
        {
            for (var node = kept.First; node is not null; node = node.Next)
            {
                if (node.Value.Version != id) continue;
                if (!node.Value.TryAcquire()) return null;
                kept.Remove(node);
                kept.AddFirst(node);
                return new EditionLease(node.Value);
            }
        }
        return null;
    }

    private async Task<Outcome> Build(ArchivedEdition archived)
    {
        await oneBuild.WaitAsync();
        Outcome outcome;
        try
        {
            outcome = BuildNow(archived);
        }
        catch (Exception e)
        {
            // Whatever an archived file holds must not stop the site: reported, like a problem with its files.
            outcome = new Outcome(null, new ArchiveProblem(ArchiveProblemKind.Unreadable, $"edition {archived.Id} could not be built: {e.GetType().Name}: {e.Message}"));
        }
        finally
        {
            oneBuild.Release();
        }
        if (outcome.Edition is { } edition) Keep(edition);
        // A success is served from the kept list from now on; a failure is remembered a while, then the archive is read again.
        if (outcome.Problem is null) building.TryRemove(archived.Id, out _);
        else _ = Task.Delay(FailureKept).ContinueWith(_ => building.TryRemove(archived.Id, out var __), TaskScheduler.Default);
        return outcome;
    }

    private Outcome BuildNow(ArchivedEdition archived)
    {
        if (TryLeaseKept(archived.Id) is { } already)
        {
            already.Dispose();
            return new Outcome(already.Edition, null);
        }
        var (files, terms, problem) = archive.Read(archived);
        if (problem is not null) return new Outcome(null, problem);
        var loaded = ContentLoader.Load(files!, $"edition {archived.Id}", terms);
        if (!loaded.IsValid)
            return new Outcome(null, new ArchiveProblem(ArchiveProblemKind.Unreadable,
                $"edition {archived.Id} is archived, but this version of the site cannot read its texts: {loaded.Errors.FirstOrDefault()}"));
        if (loaded.Library!.Version != archived.Id)
            return new Outcome(null, new ArchiveProblem(ArchiveProblemKind.Corrupt, $"the archive's files for edition {archived.Id} make edition {loaded.Library.Version}: the archive's list of files was altered"));
        return new Outcome(Edition.Build(loaded.Library), null);
    }

    private void Keep(Edition edition)
    {
        List<Edition> letGo = [];
        lock (gate)
        {
            if (kept.Any(e => e.Version == edition.Version))
            {
                if (!kept.Contains(edition)) letGo.Add(edition);
            }
            else
            {
                kept.AddFirst(edition);
            }
            while (kept.Count > Capacity)
            {
                letGo.Add(kept.Last!.Value);
                kept.RemoveLast();
            }
        }
        foreach (var old in letGo) old.Release();
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var edition in kept) edition.Release();
            kept.Clear();
        }
    }
}
