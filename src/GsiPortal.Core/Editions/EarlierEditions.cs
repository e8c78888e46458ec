using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Editions;

/// <summary>
/// Earlier editions, built from the archive when first asked for and kept, a few at a time: the one used longest ago
/// is let go when another is built (released once its last reader is done), so memory stays bounded however many
/// editions exist. Builds run one at a time on a thread of their own, a request waits for one, never does it; a
/// short queue and a rate (<see cref="EarlierEditionLimits"/>) bound the work strangers can ask for, and beyond them
/// the answer is <see cref="ArchiveProblemKind.Busy"/>, with when to ask again.
/// </summary>
public sealed class EarlierEditions : IDisposable
{
    /// <summary>How long a failure is remembered before the archive is read again (an operator may restore a file).</summary>
    private static readonly TimeSpan FailureKept = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly LinkedList<Kept> kept = new(); // most recently used first
    private readonly Dictionary<string, Task<Outcome>> building = new(StringComparer.Ordinal); // and failures, for a while
    private readonly SemaphoreSlim oneBuild = new(1, 1);
    private readonly EditionArchive archive;
    private readonly EarlierEditionLimits limits;
    private readonly ColdBuildBudget budget;
    private readonly Dictionary<string, ColdBuildBudget> clients = new(StringComparer.Ordinal); // under the gate
    private readonly TimeProvider clock;
    private readonly Func<ArchivedEdition, Outcome> builder;
    private int pending; // builds started and not finished: the one running and those queued

    private sealed record Kept(Edition Edition, long Bytes);

    public EarlierEditions(EditionArchive archive, int capacity) : this(archive, EarlierEditionLimits.Default with { Kept = capacity }) { }

    /// <summary>Earlier editions of <paramref name="archive"/> within <paramref name="limits"/>; the rate counted by <paramref name="clock"/>.</summary>
    /// <param name="archive">Where the editions are read from.</param>
    /// <param name="limits">The queue, the rate and what is kept.</param>
    /// <param name="clock">The time the rate is counted in (the system's by default).</param>
    /// <param name="builder">Builds one edition (the archive's files read and loaded); a test may pass a slow or counting one.</param>
    public EarlierEditions(EditionArchive archive, EarlierEditionLimits limits, TimeProvider? clock = null, Func<ArchivedEdition, Outcome>? builder = null)
    {
        this.archive = archive;
        this.limits = limits;
        this.clock = clock ?? TimeProvider.System;
        budget = new ColdBuildBudget(limits.ColdBuildsPerMinute, this.clock);
        this.builder = builder ?? BuildNow;
    }

    /// <summary>What asking for an edition gives: a hold on it, or the problem.</summary>
    public sealed record Outcome(Edition? Edition, ArchiveProblem? Problem);

    /// <summary>How many earlier editions are held now (for health and the memory measurement).</summary>
    public int KeptCount { get { lock (gate) return kept.Count; } }

    /// <summary>The estimated resident bytes of the editions held now.</summary>
    public long KeptBytes { get { lock (gate) return kept.Sum(k => k.Bytes); } }

    /// <summary>
    /// Today's antonym list (antonyms.yml, the current edition's text). An earlier edition is checked with its own,
    /// archived with it and part of its id; only one archived before the list was part of an edition has none, and is
    /// checked with this one, its verdicts naming which (docs/quote-check.md).
    /// </summary>
    public string? Antonyms { get; set; }

    /// <summary>How many are kept at most.</summary>
    public int Capacity => Math.Max(1, limits.Kept);

    /// <summary>How many requests were answered Busy (queue full or rate reached), for /readyz.</summary>
    public int Refused => Volatile.Read(ref refused);
    private int refused;

    /// <summary>A hold on the archived edition, building it first if it is not kept; or why it cannot be served now.</summary>
    /// <param name="edition">The edition asked for.</param>
    /// <param name="cancellation">Stops the wait (the build goes on: another reader may want it).</param>
    /// <param name="client">Who asks (the site passes the client's address): a build it starts counts against its own rate as well as the site's.</param>
    public async Task<(EditionLease? Lease, ArchiveProblem? Problem)> LeaseAsync(ArchivedEdition edition, CancellationToken cancellation, string? client = null)
    {
        while (true)
        {
            if (TryLeaseKept(edition.Id) is { } lease) return (lease, null);
            if (Start(edition, client) is not { } task) continue; // built in between
            if (task.IsCompleted && task.Result.Problem is { Kind: ArchiveProblemKind.Busy } busy) return (null, busy);
            var outcome = await task.WaitAsync(cancellation);
            if (outcome.Problem is not null) return (null, outcome.Problem);
            // Built (and kept): take a hold; if it was let go in between, which a burst of other editions can do, ask again.
        }
    }

    /// <summary>The build under way (or the failure remembered) for the edition; a new one if the queue and the rate allow; else Busy.</summary>
    private Task<Outcome>? Start(ArchivedEdition edition, string? client)
    {
        lock (gate)
        {
            if (building.TryGetValue(edition.Id, out var under)) return under;
            if (kept.Any(k => k.Edition.Version == edition.Id)) return null;
            if (pending >= 1 + Math.Max(0, limits.Queue))
                return Busy($"{pending - 1} other earlier {(pending == 2 ? "edition is" : "editions are")} waiting to be prepared, one at a time", 10);
            // The client's rate first, then the site's; a token taken from the one is given back if the other refuses.
            var own = client is null ? null : BudgetOf(client);
            if (own is not null && !own.TryTake(out var ownRetry))
                return Busy($"earlier editions are prepared for one reader at most {limits.ColdBuildsPerClientPerMinute} a minute", ownRetry);
            if (!budget.TryTake(out var retry))
            {
                own?.Return();
                return Busy($"earlier editions are prepared at most {limits.ColdBuildsPerMinute} a minute", retry);
            }
            pending++;
            var task = Task.Factory.StartNew(() => Build(edition), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
            building[edition.Id] = task;
            return task;
        }
    }

    /// <summary>
    /// The client's bucket. Full buckets are forgotten once there are many (a full one is a new one), so addresses
    /// that came once cost nothing: only clients that started a build within about a minute hold one, and the site's
    /// own rate bounds how many those can be. Under the gate.
    /// </summary>
    private ColdBuildBudget BudgetOf(string client)
    {
        if (clients.TryGetValue(client, out var known)) return known;
        if (clients.Count >= 256)
            foreach (var (address, bucket) in clients.ToList())
                if (bucket.IsFull) clients.Remove(address);
        return clients[client] = new ColdBuildBudget(limits.ColdBuildsPerClientPerMinute, clock);
    }

    private Task<Outcome> Busy(string why, int retryAfterSeconds)
    {
        Interlocked.Increment(ref refused);
        return Task.FromResult(new Outcome(null, new ArchiveProblem(ArchiveProblemKind.Busy, $"{why}; try again in {retryAfterSeconds} s", retryAfterSeconds)));
    }

    private EditionLease? TryLeaseKept(string id)
    {
        lock (gate)
        {
            for (var node = kept.First; node is not null; node = node.Next)
            {
                if (node.Value.Edition.Version != id) continue;
                if (!node.Value.Edition.TryAcquire()) return null;
                kept.Remove(node);
                kept.AddFirst(node);
                return new EditionLease(node.Value.Edition);
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
            outcome = builder(archived);
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
        lock (gate)
        {
            pending--;
            if (outcome.Edition is { } edition) Keep(edition);
            // A success is served from the kept list from now on; a failure is remembered a while, then the archive is read again.
            if (outcome.Problem is null) building.Remove(archived.Id);
        }
        if (outcome.Problem is not null)
            _ = Task.Delay(FailureKept).ContinueWith(_ => { lock (gate) building.Remove(archived.Id); }, TaskScheduler.Default);
        return outcome;
    }

    private Outcome BuildNow(ArchivedEdition archived)
    {
        var (files, terms, links, problem) = archive.Read(archived);
        if (problem is not null) return new Outcome(null, problem);
        string? antonyms = null;
        if (archived.Antonyms is { } hash)
        {
            // The edition's own list: part of its id, so a re-check pinned to it flags what it flagged then.
            (antonyms, problem) = archive.ReadFile(hash, Quotes.Antonyms.FileName, archived.Id);
            if (problem is not null) return new Outcome(null, problem);
        }
        // History is served as it was: what today's checks only advise against is a warning here, not a refusal; and
        // with the editors' link judgements it was served with, not today's.
        var loaded = ContentLoader.LoadHistory(files!, $"edition {archived.Id}", terms, antonyms, checkWithout: Antonyms, links: links);
        if (loaded.Library is null)
            return new Outcome(null, new ArchiveProblem(ArchiveProblemKind.Unreadable,
                $"edition {archived.Id} is archived, but this version of the site cannot read its texts: {loaded.Errors.FirstOrDefault()}"));
        if (loaded.Library.Version != archived.Id)
            return new Outcome(null, new ArchiveProblem(ArchiveProblemKind.Corrupt, $"the archive's files for edition {archived.Id} make edition {loaded.Library.Version}: the archive's list of files was altered"));
        loaded.Library.DateWithoutChangelog(archived.Date);
        return new Outcome(Edition.BuildEarlier(loaded.Library, loaded.Warnings), null);
    }

    /// <summary>Keeps a new build first, and lets go of the least recently used past the count or the bytes (never the newest). Under the gate.</summary>
    private void Keep(Edition edition)
    {
        List<Edition> letGo = [];
        if (kept.Any(k => k.Edition == edition)) return;
        kept.AddFirst(new Kept(edition, EarlierEditionLimits.Estimate(edition.Library)));
        while (kept.Count > Capacity || (kept.Count > 1 && kept.Sum(k => k.Bytes) > limits.KeptBytes))
        {
            letGo.Add(kept.Last!.Value.Edition);
            kept.RemoveLast();
        }
        foreach (var old in letGo) old.Release();
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var k in kept) k.Edition.Release();
            kept.Clear();
        }
    }
}
