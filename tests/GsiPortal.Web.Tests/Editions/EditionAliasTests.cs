using GsiPortal.Core.Content;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// /editions names an edition by its other ids ("Also named …, the same edition's id computed the earlier way") only where an earlier rule gives its files: the texts-alone id of the rule before the
/// antonyms joined the edition, never the cache version (which hashes links.yml too, so every judgement edited made one).
/// </summary>
[Collection(RealSite.Name)]
public class EditionAliasTests(PortalFactory factory)
{
    [Fact]
    public async Task TheCurrentEditionIsNotSaidToBeCitedAsItsCacheVersion()
    {
        var library = (await factory.EditionInServiceAsync()).Library;
        Assert.NotEqual(library.Version, library.CacheVersion);

        var (_, page) = await Html.Get(factory.CreateClient(), "/editions");
        var current = page.QuerySelector($"li.edition-entry[data-version='{library.Version}']")!;
        var cited = current.QuerySelectorAll("p.edition-aliases code").Select(c => c.TextContent).ToList();

        Assert.DoesNotContain(library.CacheVersion, cited);
        Assert.Equal([ContentVersion.OfTextsAlone(library.Sources)], cited);
    }
}
