using System.Net;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>The public addresses of the reference edition: each answers, and each page is a well-formed page.</summary>
[Collection(RealSite.Name)]
public class PageAddressTests(PortalFactory factory)
{
    public static TheoryData<string> Addresses => new()
    {
        "/", "/paper", "/paper/background", "/paper/commitments", "/paper/priorities", "/paper/platforms",
        "/paper/commitments/1", "/paper/commitments/6", "/paper/priorities/1", "/paper/priorities/12", "/paper/priorities/20",
        "/paper/platforms/1", "/paper/platforms/5", "/commentaries", "/commentaries/chen-xiangyang", "/commentaries/dong-chunling",
        "/commentaries/lei-kezhong", "/commentaries/ovais-ali-khokhar", "/search", "/search?q=indivisible+security",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryAddressAnswersWithAWellFormedPage(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.Single(page.QuerySelectorAll("h1"));
        foreach (var landmark in new[] { "header", "nav", "main", "footer" }) Assert.NotNull(page.QuerySelector(landmark));
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.NotNull(canonical);
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var canonicalUri), canonical);
        Assert.Equal(address.Split('?')[0], canonicalUri!.AbsolutePath);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.NotNull(page.QuerySelector("link[rel=search][href='/opensearch.xml']"));
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task NothingIsLoadedFromAnotherHost(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var loaded = page.QuerySelectorAll("script[src], link[rel=stylesheet], img[src], iframe[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
        Assert.All(loaded, src => Assert.StartsWith("/", src));
    }
}
