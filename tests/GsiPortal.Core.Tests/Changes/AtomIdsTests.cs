using GsiPortal.Core.Changes;

namespace GsiPortal.Core.Tests.Changes;

/// <summary>The changes feed's ids: name-based UUIDs, the same for the same change wherever the site runs.</summary>
public class AtomIdsTests
{
    [Fact]
    public void AVersionFiveUuidIsTheOneRfc9562Gives()
    {
        // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), AtomIds.NameBased(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Fact]
    public void AChangeIsNamedByItsPermanentIdAlone()
    {
        var first = new Change("first-edition", new DateOnly(2026, 11, 23), ChangeKind.Added, ["paper"], "First edition.");
        var redated = first with { Date = new DateOnly(2027, 1, 1), Summary = "Reworded." };
        Assert.Equal(AtomIds.Entry(first), AtomIds.Entry(redated));
        Assert.NotEqual(AtomIds.Entry(first), AtomIds.Entry(first with { Id = "another" }));
        Assert.NotEqual(AtomIds.Feed, AtomIds.Entry(first));
        Assert.StartsWith("urn:uuid:", AtomIds.Entry(first));
    }
}
