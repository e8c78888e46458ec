using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>A commentary dropped into the content folder appears everywhere, with no other change.</summary>
public sealed class AddedCommentaryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-added-").FullName;
    private readonly PortalFactory factory;

    public AddedCommentaryTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.Copy(Repository.Path("tests/fixtures/commentaries/quoting-fixture.md"), Path.Combine(folder, "quoting-fixture.md"));
        factory = new PortalFactory { ContentPath = folder };
    }

    [Fact]
    public async Task ItIsListedCoveredSearchableAndInTheSidePanels()
    {
        var client = factory.CreateClient();
        var (_, list) = await Html.Get(client, "/commentaries");
        Assert.Contains(list.QuerySelectorAll(".commentary-cards a"), a => a.GetAttribute("href") == "/commentaries/quoting-fixture");

        var coverage = JsonDocument.Parse(await client.GetStringAsync("/api/coverage")).RootElement;
        Assert.Equal(5, coverage.GetProperty("commentaries").GetArrayLength());
        var commitment4 = coverage.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "paper/commitment-4");
        Assert.Contains(commitment4.GetProperty("cells").EnumerateArray(), c => c.GetProperty("commentary").GetString() == "quoting-fixture" && c.GetProperty("level").GetString() == "SomeSharedWording");
        var (_, coveragePage) = await Html.Get(client, "/coverage");
        Assert.Equal(1 + 5, coveragePage.QuerySelectorAll("#coverage-table thead th").Length);

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=zymurgical")).RootElement;
        Assert.Equal("quoting-fixture/p2", search.GetProperty("results")[0].GetProperty("id").GetString());

        var (_, item) = await Html.Get(client, "/paper/commitments/4");
        Assert.Contains(item.QuerySelectorAll("aside.item-links a"), a => a.GetAttribute("href") == "/commentaries/quoting-fixture#p1");
    }

    /// <summary>
    /// A commentary that numbers its own paragraphs "1, 2, 2.1, 3" in its front matter is served, searchable, citable,
    /// linkable by reference and counted in the coverage matrix under those numbers, with no change to the code.
    /// </summary>
    [Fact]
    public async Task ACommentaryNumberedInItsFrontMatterIsServedSearchedCitedLinkedAndCoveredByThoseNumbers()
    {
        File.Copy(Repository.Path("tests/fixtures/commentaries/numbered-fixture.md"), Path.Combine(folder, "numbered-fixture.md"));
        var client = factory.CreateClient();

        var (_, page) = await Html.Get(client, "/commentaries/numbered-fixture");
        Assert.Equal(["p1", "p2", "p2.1", "p3"], page.QuerySelectorAll("[id^=p]").Select(e => e.Id!).Where(id => id.Length <= 4 && !id.Contains("-s")));
        Assert.Contains("xylographic", page.GetElementById("p2.1")!.TextContent);

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=xylographic")).RootElement.GetProperty("results")[0];
        Assert.Equal("numbered-fixture/p2.1", search.GetProperty("id").GetString());
        Assert.Equal("/commentaries/numbered-fixture#p2.1", search.GetProperty("url").GetString());

        var citation = await client.GetStringAsync("/cite/commentaries/numbered-fixture?format=chicago&at=p2.1");
        Assert.Contains("para. 2.1", citation);

        var found = JsonDocument.Parse(await client.GetStringAsync("/api/references?text=" + Uri.EscapeDataString("As Quillfeather ¶2.1 argues, and paragraph 3 of Nadia Quillfeather")))
            .RootElement.GetProperty("references");
        Assert.Equal(["/commentaries/numbered-fixture#p2.1", "/commentaries/numbered-fixture#p3"], found.EnumerateArray().Select(r => r.GetProperty("address").GetString()));
        var passage = JsonDocument.Parse(await client.GetStringAsync("/api/passages?reference=" + Uri.EscapeDataString("Quillfeather 2024 ¶2.1"))).RootElement;
        Assert.Equal("Nadia Quillfeather (2024), ¶2.1", passage.GetProperty("title").GetString());

        var coverage = JsonDocument.Parse(await client.GetStringAsync("/api/coverage")).RootElement;
        Assert.Equal(6, coverage.GetProperty("commentaries").GetArrayLength());
        var commitment4 = coverage.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "paper/commitment-4");
        var cell = commitment4.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("commentary").GetString() == "numbered-fixture");
        Assert.NotEqual("None", cell.GetProperty("level").GetString());
        // The cell lands on the sentence where the shared wording begins, which the page gives that id.
        Assert.Equal("/commentaries/numbered-fixture#p2.1-s1", cell.GetProperty("url").GetString());
        Assert.NotNull(page.GetElementById("p2.1-s1"));
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
