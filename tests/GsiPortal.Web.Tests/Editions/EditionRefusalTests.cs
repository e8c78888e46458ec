using System.Net;
using System.Text.Json;
using GsiPortal.Core.Editions.Archive;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>Edition addresses that cannot be served say why, with the right status, and never stop the current edition.</summary>
public sealed class EditionRefusalTests : IDisposable
{
    private readonly List<EditedSite> sites = [];

    public void Dispose() => sites.ForEach(s => s.Dispose());

    private EditedSite Site(Action<IServiceCollection>? services = null)
    {
        var site = new EditedSite(watch: false, services);
        sites.Add(site);
        return site;
    }

    private static async Task<string> Current(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/editions")).RootElement.GetProperty("current").GetString()!;

    [Fact]
    public async Task AnUnknownEditionIsA404NamingTheEditionsThereAre()
    {
        var client = Site().Client();
        var current = await Current(client);
        var (response, page) = await Html.Get(client, "/editions/0123456789ab/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var refusal = page.QuerySelector("#edition-refusal")!.TextContent;
        // "There is no edition" where the copy holds the texts' history; "does not hold" where it was installed without it.
        Assert.Matches("(There is no|does not hold an) edition 0123456789ab", refusal);
        Assert.Contains(current, refusal);
        Assert.NotNull(page.QuerySelector($"li[data-version='{current}']"));

        var api = await client.GetAsync("/editions/0123456789ab/api/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains(current, await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAddressThatIsNoEditionIdIsAHelpful404LinkingTheEditions()
    {
        var client = Site().Client();
        var current = await Current(client);
        var (response, page) = await Html.Get(client, "/editions/zzzz/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("No edition has the id “zzzz”.", page.QuerySelector("#edition-refusal")!.TextContent);
        Assert.Contains(current, page.QuerySelector("#edition-refusal")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/editions']"));
        Assert.NotNull(page.QuerySelector("main a[href='/paper/commitments/4']"));
        Assert.Null(page.QuerySelector("#edition-suggested"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/editions/zzzz")).StatusCode);

        // What was typed begins an edition's id (cut short in copying, or typed in capitals): that edition is suggested, at the same address.
        var (cut, suggesting) = await Html.Get(client, $"/editions/{current[..6].ToUpperInvariant()}/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, cut.StatusCode);
        Assert.Equal($"/editions/{current}/paper/commitments/4", suggesting.QuerySelector("#edition-suggested a")!.GetAttribute("href"));

        // A program asking an edition's API is told the same as a problem document.
        var api = await client.GetAsync($"/editions/{current[..6]}/api/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"Did you mean /editions/{current}/api/paper/commitments/4?", await api.Content.ReadAsStringAsync());
        // The editions' own addresses are untouched.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editions")).StatusCode);
        Assert.NotEqual(HttpStatusCode.NotFound, (await client.GetAsync("/editions/compare")).StatusCode);
    }

    /// <summary>A whole id in capitals is the same id: redirected, not refused as a near miss (a fresh-eyes review).</summary>
    [Fact]
    public async Task AWholeIdInCapitalsRedirectsToTheSameAddressInSmallLetters()
    {
        var client = Site().Factory.CreateNonRedirectingClient();
        // An id of twelve digits alone (this copied site's may be: about one in 280) reads the same in capitals; the
        // redirect reads only the id's form, so an id one letter off stands in for it then.
        var served = await Current(client);
        var current = served.Any(char.IsAsciiLetter) ? served : served[..^1] + "a";
        var response = await client.GetAsync($"/editions/{current.ToUpperInvariant()}/paper/commitments/4?highlight=security");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"/editions/{current}/paper/commitments/4?highlight=security", response.Headers.Location!.OriginalString);
        Assert.Equal($"/editions/{current}", (await client.GetAsync($"/editions/{current.ToUpperInvariant()}")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnIdIssuedUnderTheEarlierRuleRedirectsToItsEdition()
    {
        var site = Site();
        var client = site.Factory.CreateNonRedirectingClient();
        var current = await Current(client);
        var issued = JsonDocument.Parse(await client.GetStringAsync("/api/editions")).RootElement.GetProperty("editions")[0].GetProperty("issued")[0].GetString();
        var response = await client.GetAsync($"/editions/{issued}/paper/commitments/4?highlight=security");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"/editions/{current}/paper/commitments/4?highlight=security", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ATamperedArchiveFileIsA503WithTheReasonAndTheCurrentEditionServesOn()
    {
        var site = Site();
        var client = site.Client();
        var current = await Current(client);
        // An earlier edition, archived as the site would have, then damaged on disk.
        var archive = new EditionArchive(site.ArchiveFolder);
        var files = Directory.GetFiles(site.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f).Replace("Humanity is an", "Humanity is one"))).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
        var library = Core.Content.ContentLoader.Load(files, "test", File.ReadAllText(Path.Combine(site.Folder, "search-terms.yml"))).Library!;
        var earlier = archive.Store(library, DateTimeOffset.UtcNow, "test");
        var blob = archive.BlobPath(earlier.Files["paper.md"]);
        File.WriteAllBytes(blob, File.ReadAllBytes(blob)[..1000]);

        // The catalog is read when an edition is put in service: restart the site on the same folders.
        var restarted = new PortalFactory { ContentPath = site.Folder };
        try
        {
            var again = restarted.CreateClient();
            var (response, page) = await Html.Get(again, $"/editions/{earlier.Id}/paper/commitments/4");
            Assert.True(HttpStatusCode.ServiceUnavailable == response.StatusCode, Html.MainText(page) + string.Join(",", Directory.GetFiles(site.ArchiveFolder, "*", SearchOption.AllDirectories)));
            Assert.Contains("does not match its hash", page.QuerySelector("#edition-refusal")!.TextContent);
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/paper/commitments/4")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync($"/editions/{current}/paper/commitments/4")).StatusCode);
            var ready = JsonDocument.Parse(await again.GetStringAsync("/readyz")).RootElement.GetProperty("content").GetProperty("archive");
            Assert.True(ready.GetProperty("bytes").GetInt64() > 0 && ready.GetProperty("files").GetInt32() > 0);
            Assert.Contains(ready.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains("does not match its hash"));

            // Removed deliberately: 410, with the editors' reason.
            archive.Remove(earlier.Id, "it was published in error");
        }
        finally
        {
            restarted.Dispose();
        }
        using var third = new PortalFactory { ContentPath = site.Folder };
        var (gone, gonePage) = await Html.Get(third.CreateClient(), $"/editions/{earlier.Id}/paper/commitments/4");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("it was published in error", gonePage.QuerySelector("#edition-refusal")!.TextContent);
    }

    [Fact]
    public async Task AFullDiskWhileArchivingIsReportedAndTheCurrentEditionIsServed()
    {
        var site = Site(services => services.AddSingleton(new AtomicFiles { Create = _ => throw new IOException("No space left on device", 28) }));
        var client = site.Client();
        var (response, page) = await Html.Get(client, "/paper/commitments/4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var current = page.QuerySelector("[data-edition-version]")!.TextContent;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/editions/{current}/paper/commitments/4")).StatusCode);
        var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement;
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        Assert.Contains("No space left on device", ready.GetProperty("description").GetString());
        // Listed all the same: the edition in service is always there.
        Assert.Equal(current, JsonDocument.Parse(await client.GetStringAsync("/api/editions")).RootElement.GetProperty("editions")[0].GetProperty("version").GetString());
    }
}
