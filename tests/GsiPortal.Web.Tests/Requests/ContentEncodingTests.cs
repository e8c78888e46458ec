using System.IO.Compression;
using System.Net;
using System.Text;

namespace GsiPortal.Web.Tests.Requests;

/// <summary>
/// Review 20 (D11): a gzip body with <c>Content-Encoding: gzip</c> was answered 400 "Not JSON … '0x1F' is an invalid start",
/// and <c>Content-Encoding: br</c> over a plain body was read as if the header were absent. A coded body is not read
/// here: 415, naming the coding.
/// </summary>
[Collection(RealSite.Name)]
public class ContentEncodingTests(PortalFactory factory)
{
    private const string Body = "{\"text\": \"Security of one country should not come at the expense of that of others.\"}";

    [Fact]
    public async Task AGzippedJsonBodyIs415NamingTheCoding()
    {
        using var gzipped = new MemoryStream();
        await using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true)) await gzip.WriteAsync(Encoding.UTF8.GetBytes(Body));
        var content = new ByteArrayContent(gzipped.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        var problem = await Problem.Read(await factory.CreateClient().PostAsync("/api/quote-check", content), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Content-Encoding gzip is not read", problem.Detail());
    }

    [Fact]
    public async Task AnyCodingOverAPlainBodyIs415TooAndIdentityIsRead()
    {
        var coded = new StringContent(Body, Encoding.UTF8, "application/json");
        coded.Headers.ContentEncoding.Add("br");
        Assert.Contains("Content-Encoding br", (await Problem.Read(await factory.CreateClient().PostAsync("/api/quote-check", coded), HttpStatusCode.UnsupportedMediaType)).Detail());

        var identity = new StringContent(Body, Encoding.UTF8, "application/json");
        identity.Headers.ContentEncoding.Add("identity");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsync("/api/quote-check", identity)).StatusCode);
    }
}
