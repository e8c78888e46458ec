namespace GsiPortal.Web.Tests.Hosting;

[Collection(RealSite.Name)]
public class SecurityHeaderTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/paper/commitments/4")]
    [InlineData("/search?q=security")]
    [InlineData("/api/search?q=security")]
    [InlineData("/no/such/page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(response.Headers.GetValues("Referrer-Policy"));
        Assert.NotEmpty(response.Headers.GetValues("Permissions-Policy"));
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
    }

    [Fact]
    public async Task PagesHaveNoInlineScriptOrStyle()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=security");
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
    }

    [Fact]
    public async Task AnErrorShowsAFriendlyPageWithoutAStackTrace()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/error");
        Assert.Contains("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }
}
