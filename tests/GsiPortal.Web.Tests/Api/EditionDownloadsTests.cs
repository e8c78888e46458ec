using System.IO.Compression;
using System.Net;
using PdfSharp.Pdf.IO;

namespace GsiPortal.Web.Tests.Api;

/// <summary>The whole edition downloads as EPUB and PDF, kept with the edition, and the pages that promise it link to it.</summary>
[Collection(RealSite.Name)]
public class EditionDownloadsTests(PortalFactory factory)
{
    [Fact]
    public async Task TheEpubIsTheEditionsOwnAndTheSameBytesEachTime()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/download/edition.epub");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/epub+zip", first.Content.Headers.ContentType!.MediaType);
        var version = first.Headers.ETag!.Tag.Trim('"').Split('-')[0];
        Assert.Equal($"gsiportal-{version}.epub", first.Content.Headers.ContentDisposition!.FileNameStar ?? first.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains(first.Headers.GetValues("Link"), l => l.Contains("rel=\"license\"", StringComparison.Ordinal));
        var bytes = await first.Content.ReadAsByteArrayAsync();
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            Assert.Equal("mimetype", zip.Entries[0].FullName);
            Assert.Contains(zip.Entries, e => e.FullName == "OEBPS/nav.xhtml");
        }
        Assert.Equal(bytes, await client.GetByteArrayAsync("/download/edition.epub"));

        // HEAD answers like GET without the body.
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/download/edition.epub"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/epub+zip", head.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheBookNamesTheConfiguredOriginAndNeverTheHostARequestClaims()
    {
        static async Task<string> TitlePage(HttpClient client, string? host = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/download/edition.epub");
            if (host is not null) request.Headers.Host = host;
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
            using var reader = new StreamReader(zip.GetEntry("OEBPS/title.xhtml")!.Open());
            return await reader.ReadToEndAsync();
        }
        var bare = await TitlePage(factory.CreateClient(), "attacker.example");
        Assert.DoesNotContain("attacker.example", bare, StringComparison.Ordinal);
        Assert.Contains("/how-to-cite", bare, StringComparison.Ordinal);
        using var configured = new PortalFactory { Settings = { ["Portal:PublicOrigin"] = "https://gsi.example.org" } };
        Assert.Contains("https://gsi.example.org/editions/", await TitlePage(configured.CreateClient()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePdfComesOnA4OrLetterAndAnUnknownSizeIsRefusedWithAReason()
    {
        var client = factory.CreateClient();
        var a4 = await client.GetAsync("/download/edition.pdf");
        Assert.Equal(HttpStatusCode.OK, a4.StatusCode);
        Assert.Equal("application/pdf", a4.Content.Headers.ContentType!.MediaType);
        using (var pdf = PdfReader.Open(new MemoryStream(await a4.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import))
            Assert.Equal(842, pdf.Pages[0].Height.Point, 0);
        using (var pdf = PdfReader.Open(new MemoryStream(await client.GetByteArrayAsync("/download/edition.pdf?paper=letter")), PdfDocumentOpenMode.Import))
            Assert.Equal(792, pdf.Pages[0].Height.Point, 0);

        var bad = await client.GetAsync("/download/edition.pdf?paper=a3");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("letter", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/download/edition.mobi")).StatusCode);
    }

    [Theory]
    [InlineData("/about")]
    [InlineData("/how-to-cite")]
    [InlineData("/paper")]
    public async Task ThePagesThatPromiseTheBookLinkToBoth(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/download/edition.epub", page.QuerySelector("a#edition-epub")?.GetAttribute("href"));
        Assert.Equal("/download/edition.pdf", page.QuerySelector("a#edition-pdf")?.GetAttribute("href"));
    }
}
