using GsiPortal.Core.Editions;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>An edition swapped out of service is released only when the last reader that took it is done.</summary>
public class EditionHolderTests
{
    private static readonly Lazy<Edition> Built = new(() => Edition.Build(RealContent.Library));

    [Fact]
    public void ASearchUnderWayFinishesOnTheEditionItTookAcrossASwap()
    {
        using var holder = new EditionHolder();
        var first = Edition.Build(RealContent.Library);
        holder.Put(first);
        var reader = holder.TryLease()!;

        holder.Put(Edition.Build(RealContent.Library));
        Assert.False(first.IsReleased);
        Assert.True(reader.Edition.Search.Search(new SearchRequest("indivisible security")).Total > 0);

        reader.Dispose();
        Assert.True(first.IsReleased);
        Assert.Throws<ObjectDisposedException>(() => first.Search.Search(new SearchRequest("indivisible security")));
    }

    [Fact]
    public void ALeaseEndsOnceHoweverOftenItIsDisposed()
    {
        using var holder = new EditionHolder();
        var edition = Edition.Build(RealContent.Library);
        holder.Put(edition);
        var lease = holder.TryLease()!;
        lease.Dispose();
        lease.Dispose();
        Assert.False(edition.IsReleased); // the holder's own hold remains
        holder.Dispose();
        Assert.True(edition.IsReleased);
    }

    [Fact]
    public void NothingIsLeasedBeforeTheFirstEdition() => Assert.Null(new EditionHolder().TryLease());

    [Fact]
    public void TheFirstEditionIsNotReplacedByALateFirstBuild()
    {
        using var holder = new EditionHolder();
        var reloaded = Built.Value;
        holder.Put(reloaded);
        var late = Edition.Build(RealContent.Library);
        Assert.False(holder.PutFirst(late));
        Assert.True(late.IsReleased);
        Assert.Same(reloaded, holder.Current);
    }

    [Fact]
    public async Task ManyReadersAcrossManySwapsNeverMeetAReleasedIndex()
    {
        using var holder = new EditionHolder();
        holder.Put(Edition.Build(RealContent.Library));
        var failures = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var lease = holder.TryLease()!;
                try { lease.Edition.Search.Search(new SearchRequest("security")); }
                catch (ObjectDisposedException) { Interlocked.Increment(ref failures); }
            }
        })).ToList();
        for (var swap = 0; swap < 5; swap++) holder.Put(Edition.Build(RealContent.Library));
        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(0, failures);
    }
}
