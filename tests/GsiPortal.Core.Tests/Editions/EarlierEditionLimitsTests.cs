using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>A stranger asking for one old edition after another gets at most one build at a time, a short queue, a rate, and then 503s with when to come back.</summary>
public sealed class EarlierEditionLimitsTests : IDisposable
{
    private readonly ArchiveFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static ArchivedEdition Made(int n) =>
        new($"{n:x12}", new DateOnly(2026, 11, 30), DateTimeOffset.UtcNow, "test", new Dictionary<string, string>(), null, []);

    /// <summary>A clock that moves only when told to.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Seconds;
        public override long TimestampFrequency => 1;
        public override long GetTimestamp() => Seconds;
    }

    [Fact]
    public async Task BuildsRunOneAtATimeAndBeyondTheQueueTheAnswerIsBusyWithWhenToComeBack()
    {
        var running = 0;
        var most = 0;
        var started = 0;
        using var release = new ManualResetEventSlim();
        EarlierEditions.Outcome SlowBuilder(ArchivedEdition e)
        {
            Interlocked.Increment(ref started);
            var now = Interlocked.Increment(ref running);
            lock (this) most = Math.Max(most, now);
            release.Wait(TimeSpan.FromSeconds(30));
            Thread.Sleep(50);
            Interlocked.Decrement(ref running);
            return new(null, new ArchiveProblem(ArchiveProblemKind.Unreadable, $"made-up edition {e.Id}"));
        }
        using var earlier = new EarlierEditions(fixture.Archive(), new EarlierEditionLimits(Queue: 2, ColdBuildsPerMinute: 100), builder: SlowBuilder);

        // One building and two waiting: three distinct editions are taken; a second request for one of them joins it.
        var taken = Enumerable.Range(1, 3).Select(n => earlier.LeaseAsync(Made(n), CancellationToken.None)).Append(earlier.LeaseAsync(Made(2), CancellationToken.None)).ToList();
        var (refusedLease, refused) = await earlier.LeaseAsync(Made(4), CancellationToken.None);
        Assert.Null(refusedLease);
        Assert.Equal(ArchiveProblemKind.Busy, refused!.Kind);
        Assert.True(refused.RetryAfterSeconds > 0);
        Assert.Contains("waiting to be prepared", refused.Reason);
        Assert.Equal(1, earlier.Refused);

        release.Set();
        var outcomes = await Task.WhenAll(taken);
        Assert.All(outcomes, o => Assert.Equal(ArchiveProblemKind.Unreadable, o.Problem!.Kind));
        Assert.Equal(1, most);
        Assert.Equal(3, started); // the same edition asked for twice is built once
    }

    [Fact]
    public async Task ColdBuildsAreRateLimitedWhoeverAsks()
    {
        var clock = new ManualClock();
        static EarlierEditions.Outcome Quick(ArchivedEdition e) => new(null, new ArchiveProblem(ArchiveProblemKind.Unreadable, "made up"));
        using var earlier = new EarlierEditions(fixture.Archive(), new EarlierEditionLimits(Queue: 10, ColdBuildsPerMinute: 2), clock, Quick);

        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(1), CancellationToken.None)).Problem!.Kind);
        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(2), CancellationToken.None)).Problem!.Kind);
        var (_, busy) = await earlier.LeaseAsync(Made(3), CancellationToken.None);
        Assert.Equal(ArchiveProblemKind.Busy, busy!.Kind);
        Assert.Contains("at most 2 a minute", busy.Reason);
        Assert.Equal(30, busy.RetryAfterSeconds);

        clock.Seconds += 30;
        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(3), CancellationToken.None)).Problem!.Kind);
    }

    [Fact]
    public async Task OneClientsBurstIsItsOwnAndLeavesAReaderTheirBuildsWithinTheSitesRate()
    {
        var clock = new ManualClock();
        static EarlierEditions.Outcome Quick(ArchivedEdition e) => new(null, new ArchiveProblem(ArchiveProblemKind.Unreadable, "made up"));
        using var earlier = new EarlierEditions(fixture.Archive(), new EarlierEditionLimits(Queue: 10, ColdBuildsPerMinute: 6, ColdBuildsPerClientPerMinute: 3), clock, Quick);

        // A stranger asking edition after edition has three, then is told when to come back; a reader elsewhere is not.
        for (var n = 1; n <= 3; n++) Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(n), CancellationToken.None, "198.51.100.7")).Problem!.Kind);
        var (_, own) = await earlier.LeaseAsync(Made(4), CancellationToken.None, "198.51.100.7");
        Assert.Equal(ArchiveProblemKind.Busy, own!.Kind);
        Assert.Contains("for one reader at most 3 a minute", own.Reason);
        Assert.Equal(20, own.RetryAfterSeconds);
        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(5), CancellationToken.None, "192.0.2.10")).Problem!.Kind);

        // Many addresses together still meet the site's rate: the bound on CPU does not grow with the addresses.
        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(6), CancellationToken.None, "192.0.2.11")).Problem!.Kind);
        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(7), CancellationToken.None, "192.0.2.12")).Problem!.Kind);
        var (_, site) = await earlier.LeaseAsync(Made(8), CancellationToken.None, "192.0.2.13");
        Assert.Equal(ArchiveProblemKind.Busy, site!.Kind);
        Assert.Contains("at most 6 a minute", site.Reason);
        // The refused client's token was given back: once the site's rate allows, it builds.
        clock.Seconds += 10;
        Assert.Equal(ArchiveProblemKind.Unreadable, (await earlier.LeaseAsync(Made(8), CancellationToken.None, "192.0.2.13")).Problem!.Kind);
    }

    [Fact]
    public async Task AReaderAskingForANewEditionEverySixSecondsIsNeverRefusedWithTheDefaults()
    {
        // A reader following /changes' links, each to an edition not kept, at one every six seconds for five minutes.
        var clock = new ManualClock();
        static EarlierEditions.Outcome Quick(ArchivedEdition e) => new(null, new ArchiveProblem(ArchiveProblemKind.Unreadable, "made up"));
        using var earlier = new EarlierEditions(fixture.Archive(), EarlierEditionLimits.Default, clock, Quick);
        for (var n = 1; n <= 50; n++)
        {
            clock.Seconds += 6;
            var (_, problem) = await earlier.LeaseAsync(Made(n), CancellationToken.None, "192.0.2.10");
            Assert.True(problem!.Kind == ArchiveProblemKind.Unreadable, $"the {n}th edition: {problem.Reason}");
        }
        // At machine speed the same client is refused after its own burst, with when to come back.
        var refused = 0;
        for (var n = 100; n < 130; n++)
            if ((await earlier.LeaseAsync(Made(n), CancellationToken.None, "192.0.2.10")).Problem is { Kind: ArchiveProblemKind.Busy }) refused++;
        Assert.InRange(30 - refused, 1, EarlierEditionLimits.Default.ColdBuildsPerClientPerMinute);
    }

    [Fact]
    public async Task KeptEditionsAreBoundedByTheirEstimatedMemoryAndHoldNoSearchIndex()
    {
        var archive = fixture.Archive();
        var now = DateTimeOffset.UtcNow;
        var a = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), now, "test");
        var b = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files("paper.md", "Humanity is an", "Humanity is one")), now.AddMinutes(1), "test");
        // Room for five by count, for one by bytes: the newest is kept, past the bytes if need be.
        using var earlier = new EarlierEditions(archive, new EarlierEditionLimits(Kept: 5, KeptBytes: 1));

        var (first, _) = await earlier.LeaseAsync(a, CancellationToken.None);
        Assert.False(first!.Edition.HasSearch);
        first.Dispose();
        var (second, _) = await earlier.LeaseAsync(b, CancellationToken.None);
        second!.Dispose();

        Assert.Equal(1, earlier.KeptCount);
        Assert.True(first.Edition.IsReleased);
        Assert.False(second.Edition.IsReleased);
        Assert.Equal(EarlierEditionLimits.Estimate(second.Edition.Library), earlier.KeptBytes);
    }
}
