using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>Cross-references, coverage and terms as data.</summary>
[Collection(RealSite.Name)]
public class CrossReferenceApiTests(PortalFactory factory)
{
    [Fact]
    public async Task TheLinksCoverageAndTermsAreDataToo()
    {
        var client = factory.CreateClient();
        var links = JsonDocument.Parse(await client.GetStringAsync("/api/paper/commitments/4/links")).RootElement;
        Assert.Contains(links.GetProperty("sharedWording").EnumerateArray(), s => s.GetProperty("url").GetString() == "/commentaries/chen-xiangyang#p9");
        var coverage = JsonDocument.Parse(await client.GetStringAsync("/api/coverage")).RootElement;
        Assert.Equal(31, coverage.GetProperty("items").GetArrayLength());
        Assert.Equal(4, coverage.GetProperty("commentaries").GetArrayLength());
        // Part I and the parts' introductions and closing passages, in the paper's order, each with its page and paragraphs.
        var passages = coverage.GetProperty("passages").EnumerateArray().ToList();
        Assert.Equal(["/paper/background", "/paper/commitments/closing", "/paper/priorities/introduction", "/paper/platforms/closing"], passages.Select(p => p.GetProperty("url").GetString()));
        Assert.Equal(["paper/background-p1", "paper/background-p2", "paper/background-p3"], passages[0].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(passages[0].GetProperty("cells").EnumerateArray(), c => (c.GetProperty("url").GetString() ?? "").StartsWith("/commentaries/ovais-ali-khokhar#p4-s", StringComparison.Ordinal) && c.GetProperty("paragraph").GetString() == "p4");
        var terms = JsonDocument.Parse(await client.GetStringAsync("/api/terms")).RootElement;
        Assert.Contains(terms.EnumerateArray(), t => t.GetProperty("slug").GetString() == "common-comprehensive-cooperative-and-sustainable-security");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/paper/commitments/9/links")).StatusCode);
    }
}
