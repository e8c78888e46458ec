using System.Net;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Documentation;

/// <summary>docs/linking.md's examples answer as the document says.</summary>
[Collection(RealSite.Name)]
public partial class LinkingDocTests(PortalFactory factory)
{
    [GeneratedRegex(@"^\| `(?<address>[^`]+)` \| (?<status>\d{3})(, anchor `(?<anchor>[^`]+)`| to `(?<target>[^`]+)`|, header `(?<header>[^`:]+): (?<value>[^`]+)`)? \|$")]
    private static partial Regex Example();

    public static TheoryData<string, int, string, string, string> Examples()
    {
        var doc = File.ReadAllText(Repository.Path("docs/linking.md"));
        var block = doc[doc.IndexOf("<!-- examples:start -->", StringComparison.Ordinal)..doc.IndexOf("<!-- examples:end -->", StringComparison.Ordinal)];
        var data = new TheoryData<string, int, string, string, string>();
        foreach (Match m in block.Split('\n').Select(l => Example().Match(l.Trim())).Where(m => m.Success))
            data.Add(m.Groups["address"].Value, int.Parse(m.Groups["status"].Value), m.Groups["anchor"].Value, m.Groups["target"].Value,
                m.Groups["header"].Success ? $"{m.Groups["header"].Value}: {m.Groups["value"].Value}" : "");
        return data;
    }

    [Fact]
    public void TheDocumentHasItsExamples() => Assert.True(Examples().Count >= 33);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EachExampleAnswersAsDocumented(string address, int status, string anchor, string target, string header)
    {
        var path = address.Split('#')[0];
        // As another site's script would ask, so that the CORS examples can be checked too.
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://other.example");
        var response = await factory.CreateNonRedirectingClient().SendAsync(request);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        if (target.Length > 0) Assert.Equal(target, response.Headers.Location!.OriginalString);
        if (header.Length > 0)
        {
            var name = header[..header.IndexOf(':')];
            var values = response.Headers.TryGetValues(name, out var h) ? h : response.Content.Headers.TryGetValues(name, out var c) ? c : [];
            Assert.Contains(header[(name.Length + 2)..], values);
        }
        if (anchor.Length > 0)
        {
            var page = await Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.NotNull(page.GetElementById(anchor));
        }
    }
}
