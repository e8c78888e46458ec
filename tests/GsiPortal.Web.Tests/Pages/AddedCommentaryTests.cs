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

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
