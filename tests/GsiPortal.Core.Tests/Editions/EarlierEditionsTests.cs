using GsiPortal.Core.Editions;

namespace GsiPortal.Core.Tests.Editions;

public sealed class EarlierEditionsTests : IDisposable
{
    private readonly ArchiveFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task OnlyTheConfiguredNumberIsKeptAndALetGoEditionIsReleasedAfterItsLastReader()
    {
        var archive = fixture.Archive();
        var now = DateTimeOffset.UtcNow;
        var a = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), now, "test");
        var b = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files("paper.md", "Humanity is an", "Humanity is one")), now.AddMinutes(1), "test");
        using var earlier = new EarlierEditions(archive, capacity: 1);

        var (first, _) = await earlier.LeaseAsync(a, CancellationToken.None);
        Assert.Equal(a.Id, first!.Edition.Version);
        var (second, _) = await earlier.LeaseAsync(b, CancellationToken.None);
        Assert.Equal(b.Id, second!.Edition.Version);

        Assert.Equal(1, earlier.KeptCount);
        Assert.False(first.Edition.IsReleased); // let go, but still read
        first.Dispose();
        Assert.True(first.Edition.IsReleased);
        second.Dispose();
        Assert.False(second.Edition.IsReleased); // kept
    }

    [Fact]
    public async Task ADamagedEditionIsAProblemNotAnException()
    {
        var archive = fixture.Archive();
        var stored = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), DateTimeOffset.UtcNow, "test");
        File.WriteAllText(archive.BlobPath(stored.Files["paper.md"]), "---\nnot the paper\n");
        using var earlier = new EarlierEditions(archive, capacity: 2);
        var (lease, problem) = await earlier.LeaseAsync(stored, CancellationToken.None);
        Assert.Null(lease);
        Assert.Equal(Core.Editions.Archive.ArchiveProblemKind.Corrupt, problem!.Kind);
    }
}
