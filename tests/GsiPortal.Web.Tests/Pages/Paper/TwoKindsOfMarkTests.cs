namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// Review 20 (D3, D6): in "The commentators' own words" every mark was the same plain <c>mark</c>, the wording shared
/// with the paper looking like the words searched, and the searched words ("Cold War mentality" in Lei ¶4) were not
/// marked there at all; and without script nothing led to the section's own page.
/// </summary>
[Collection(RealSite.Name)]
public class TwoKindsOfMarkTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/paper/commitments/3/passages?highlight=cold%20war%20mentality")]
    [InlineData("/paper/commitments?highlight=cold%20war%20mentality")]
    public async Task TheSharedWordingIsMarkedAsSharedAndTheSearchedWordsAsSearched(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var lei = page.QuerySelector(".commentary-passages [data-commentary=lei-kezhong]")!;
        var marks = lei.QuerySelectorAll("blockquote mark").ToList();
        Assert.Contains(marks, m => m.ClassList.Contains("shared"));
        var searched = marks.Where(m => !m.ClassList.Contains("shared")).Select(m => m.TextContent).ToList();
        Assert.Contains(searched, t => t.Contains("Cold War mentality", StringComparison.OrdinalIgnoreCase) || t.Equals("mentality", StringComparison.OrdinalIgnoreCase));
        // Without a search, only the shared wording is marked.
        var (_, plain) = await Html.Get(factory.CreateClient(), address[..address.IndexOf('?')]);
        Assert.All(plain.QuerySelectorAll(".commentary-passages blockquote mark"), m => Assert.Contains("shared", m.ClassList));
    }

    [Fact]
    public async Task AnItemPageLinksItsPassagesPageWithoutScript()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var link = page.QuerySelector(".item-links a[href='/paper/commitments/4/passages']")!;
        Assert.Equal("In their own words", link.TextContent);
    }
}
