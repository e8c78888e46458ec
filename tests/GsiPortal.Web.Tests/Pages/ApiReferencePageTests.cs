using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>/api-reference writes out the OpenAPI description the site serves: every operation, parameter and answer, with an example, and nothing fetched from elsewhere.</summary>
[Collection(RealSite.Name)]
public class ApiReferencePageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheEditionsPrefixNamesSearchAsItsException()
    {
        // Review 18 (D15): "before any address … which never changes", while an edition's search went to the current one.
        var (_, page) = await Html.Get(factory.CreateClient(), "/api-reference");
        var exception = Html.Folded(page.GetElementById("edition-search-exception")?.TextContent ?? "");
        Assert.Contains("except search: an earlier edition is kept without a search index", exception);
        Assert.Contains("/editions/{edition}/api/search", exception);
        Assert.Contains("redirect (302) to the current edition's search", exception);
    }

    [Fact]
    public async Task EveryDescribedOperationHasItsSectionWithItsParametersAnswersAndAnExample()
    {
        var client = factory.CreateClient();
        var description = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var (response, page) = await Html.Get(client, "/api-reference");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var count = 0;
        foreach (var path in description.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                count++;
                var id = operation.Value.GetProperty("operationId").GetString()!;
                var heading = page.GetElementById(id);
                Assert.True(heading is not null, $"no section for {operation.Name} {path.Name}");
                Assert.Equal($"{operation.Name.ToUpperInvariant()} {path.Name}", string.Join(' ', heading!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                var section = heading.Closest("article")!;
                var named = section.QuerySelectorAll(".api-parameters dt code").Select(c => c.TextContent).ToList();
                var parameters = operation.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
                Assert.Equal(parameters.Select(p => p.GetProperty("name").GetString()), named);
                foreach (var p in parameters)
                    Assert.Contains(p.GetProperty("description").GetString()!, section.TextContent);
                var statuses = section.QuerySelectorAll(".api-answers dt").Select(d => d.TextContent).ToList();
                Assert.Equal(operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(), statuses.Order());
                Assert.NotNull(section.QuerySelector("pre.example"));
            }
        Assert.True(count > 30, $"only {count} operations");
        // Every shape an answer names is written out below, and its links lead there.
        foreach (var link in page.QuerySelectorAll("a[href^='#shape-']"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
    }

    [Fact]
    public async Task ThePageLoadsNothingFromAnotherHostAndIsLinkedFromTheFooterAndHowToCite()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/api-reference");
        foreach (var element in page.QuerySelectorAll("script[src], link[href], img[src], iframe[src]"))
        {
            var address = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            if (element.GetAttribute("rel") is "canonical" or "alternate" or "search") continue;
            Assert.True(address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal), $"{element.TagName} loads {address}");
        }
        var (_, howToCite) = await Html.Get(client, "/how-to-cite");
        Assert.NotNull(howToCite.QuerySelector("main a[href='/api-reference']"));
        Assert.NotNull(howToCite.QuerySelector("footer a[href='/api-reference']"));
    }
}
