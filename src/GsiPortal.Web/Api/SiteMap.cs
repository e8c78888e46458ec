using System.Text;
using System.Xml;
using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary><c>/sitemap.xml</c>, listing every page, and <c>/robots.txt</c>, pointing to it.</summary>
public static class SiteMap
{
    /// <summary>Every page of the site, as site paths.</summary>
    public static IEnumerable<string> Pages(ContentLibrary library)
    {
        yield return Addresses.Home;
        yield return Addresses.Paper;
        foreach (var part in library.Paper.Parts)
        {
            yield return Addresses.Part(part);
            foreach (var item in part.Items) yield return Addresses.Item(item);
        }
        yield return Addresses.Commentaries;
        foreach (var commentary in library.Commentaries) yield return Addresses.Commentary(commentary);
        yield return Addresses.Search;
        yield return "/quote-check";
        yield return "/coverage";
        foreach (var item in library.Paper.FindPart("commitments")?.Items ?? []) yield return $"/compare/commitments/{item.Number}";
        yield return "/terms";
    }

    public static void MapSiteMap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (HttpContext context, ContentStore store) =>
        {
            var origin = SiteOrigin.Of(context);
            var xml = new MemoryStream();
            using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
            {
                writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var page in Pages(store.Library))
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", origin + page);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            return Results.Bytes(xml.ToArray(), "application/xml; charset=utf-8");
        });
        app.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {SiteOrigin.Of(context)}/sitemap.xml\n", "text/plain; charset=utf-8"));
    }
}
